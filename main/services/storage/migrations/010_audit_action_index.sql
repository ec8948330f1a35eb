-- The papers and the outbox find the helper of an earlier deed (a payment started, a risk notice
-- signed) in the audit log by its action (staff/assisted.ts helperOnRecord): without an index that
-- read scans a log that only ever grows.
CREATE INDEX audit_log_action ON audit_log (action);
