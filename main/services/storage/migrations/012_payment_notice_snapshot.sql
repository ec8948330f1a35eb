-- The fee notice as the court gave it when the payment was started, so its voucher is printed from
-- what was paid rather than from asking the court again (which may be unreachable, or have changed
-- the notice since). payer_digest lets the voucher be refused to anyone but the payer without
-- keeping the payer's ID number (fees/payment-service.ts payerDigest).
-- Payments started before this migration keep NULL: the kiosk never stored their notice, so their
-- vouchers still ask the court, as they always did.
ALTER TABLE payments ADD COLUMN notice TEXT;
ALTER TABLE payments ADD COLUMN payer_digest TEXT;
