-- Who helped (帮办人) is a fact of the payment and of the signed risk notice, kept on their rows and
-- written in the same transaction as them. Until now it was read back from the audit log, which is
-- evidence of what happened, not storage to query. Existing rows get theirs from that log: a payment
-- was started by the action 'payment.start' before the fee area's methods were renamed 'fees.pay'.
ALTER TABLE payments ADD COLUMN assisted_by TEXT;
ALTER TABLE risk_acknowledgements ADD COLUMN assisted_by TEXT;

UPDATE payments SET assisted_by = (
  SELECT json_extract(a.details, '$.assistedBy') FROM audit_log a
  WHERE a.action IN ('fees.pay', 'payment.start') AND json_extract(a.details, '$.paymentId') = payments.id
  ORDER BY a.id DESC LIMIT 1
);

UPDATE risk_acknowledgements SET assisted_by = (
  SELECT json_extract(a.details, '$.assistedBy') FROM audit_log a
  WHERE a.action = 'risk.acknowledge' AND json_extract(a.details, '$.reportId') = risk_acknowledgements.report_id
  ORDER BY a.id DESC LIMIT 1
);

-- Nothing looks the helper up in the log by action any more.
DROP INDEX audit_log_action;
