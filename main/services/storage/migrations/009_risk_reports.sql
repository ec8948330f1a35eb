-- Risk assessments (诉讼风险评估) kept at the terminal: the answers, the report they gave and the
-- rule-set version that gave it, so a printed report can be reprinted and checked later; and the
-- litigant's acknowledgement of the risk notice (诉讼风险告知书).
CREATE TABLE risk_reports (
  id               TEXT PRIMARY KEY,
  document_no      TEXT NOT NULL UNIQUE,
  case_type        TEXT NOT NULL,
  rule_set_version TEXT NOT NULL,
  answers          TEXT NOT NULL, -- JSON, as given to risk.assess
  report           TEXT NOT NULL, -- JSON, the RiskReport of the contract
  recorded_at      TEXT NOT NULL
);

CREATE TABLE risk_acknowledgements (
  report_id       TEXT PRIMARY KEY REFERENCES risk_reports (id) ON DELETE CASCADE,
  litigant        TEXT NOT NULL, -- may be empty: "I have read and understood" needs no name
  method          TEXT NOT NULL CHECK (method IN ('signature', 'readAndUnderstood')),
  signature_png   BLOB,
  acknowledged_at TEXT NOT NULL
);
