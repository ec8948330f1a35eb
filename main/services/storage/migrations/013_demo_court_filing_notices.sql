-- The demo court's fee notices for filings it registered from this terminal (court/demo-court.ts):
-- issued on the spot when the filing is accepted, found again by the filing's receipt number and a
-- plaintiff's ID number. The court keeps a digest of the ID number, not the number itself.
CREATE TABLE demo_court_filing_notices (
  receipt_no TEXT NOT NULL,
  payer_digest TEXT NOT NULL,
  notice TEXT NOT NULL,
  PRIMARY KEY (receipt_no, payer_digest)
);
