-- Terminal secrets are kept sealed under the hub's master key, which is never in the database
-- (hub/server/terminal-secrets.ts). SQL cannot seal without that key, so this only makes room: the
-- old column is renamed for what it now holds, and the hub seals each row still in it when it starts
-- (Terminals.sealPlainSecrets), before it serves a request. A row holds one or the other, never both.
ALTER TABLE terminals RENAME COLUMN secret TO secret_plain;
ALTER TABLE terminals ALTER COLUMN secret_plain DROP NOT NULL;
ALTER TABLE terminals ADD COLUMN secret_sealed TEXT;
ALTER TABLE terminals ADD CONSTRAINT terminals_one_secret CHECK ((secret_plain IS NULL) <> (secret_sealed IS NULL));
