-- Receipts that cannot be guessed (issue 15 item 6). Each database gets its own secret for the keyed
-- digits of its receipt numbers (outbox/receipt-numbers.ts), made here once: it never leaves the
-- terminal and nothing needs it but this database's own numbers.
CREATE TABLE receipt_key (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  key  BLOB NOT NULL
);
INSERT INTO receipt_key (id, key) VALUES (1, randomblob(32));

-- Looking a receipt up needs its filer's ID number or phone's last four digits: their digests (JSON
-- array, salted with the row's key; outbox/receipt-factors.ts) outlive the payload's purge.
ALTER TABLE outbox ADD COLUMN filer_digests TEXT;
-- A payment's payer was only ever kept as this digest, made the same way: it is the payment's factor.
UPDATE outbox SET filer_digests = (SELECT json_array(p.payer_digest) FROM payments p WHERE p.id = outbox.key AND p.payer_digest IS NOT NULL)
  WHERE kind = 'payment';
