// A terminal updated in the field opens a database an earlier version made. For every migration in
// the folder: build a database at that version, fill it with rows as that version wrote them, open it
// with the current code, and check the rows survive and the schema is the one a new terminal gets.
// A new migration is tested from the moment its file exists; give it a row in ROWS_BY_VERSION when
// it adds a table or changes one, so later versions prove they keep that table's data.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../../main/services/storage/database';
import { migrate, readMigrations } from '../../../../main/services/storage/migrate';
import { DB_FILE, openStorage } from '../../../../main/services/storage/open-storage';
import { manualClock, REPO_ROOT, tempDir } from '../../support/temp-kiosk';

type Row = Record<string, string | number | null>;
interface Seed {
  table: string;
  row: Row;
}

const T = '2026-11-23T02:00:00.000Z';
const PAYMENT = 'a3f1c9e2-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const FILING = 'b4e2d0f3-6c8e-4f9a-8b1c-2d3e4f5a6b7c';
const REPORT = 'c5f3e1a4-7d9f-4a0b-9c2d-3e4f5a6b7c8d';

/** What each version wrote, keyed by the migration that made the table or its columns. */
const ROWS_BY_VERSION: Record<number, Seed[]> = {
  1: [
    { table: 'config', row: { section: 'idle', value: '{"timeoutSeconds":90,"countdownSeconds":20}', updated_at: T } },
    { table: 'sessions', row: { id: 'visit-1', language: 'zh-CN', started_at: T, ended_at: null } },
    { table: 'drafts', row: { session_id: 'visit-1', flow: 'filing', data: '{"caseType":"private_lending"}', saved_at: T } },
    { table: 'helper_calls', row: { id: 1, terminal_id: 'KIOSK-01', called_at: T, answered_at: null } },
  ],
  2: [
    {
      table: 'payments',
      row: {
        id: PAYMENT,
        notice_no: 'JF2026112300001',
        case_number: '（2026）粤0703民初1234号',
        amount_fen: 505_000,
        method: 'card',
        state: 'confirmed',
        auth_code: 'A1',
        terminal_ref: 'T1',
        voucher_no: 'KIOSK-01-JF-20261123-0001',
        court_ref: 'C1',
        failure: null,
        created_at: T,
        updated_at: T,
      },
    },
    { table: 'payment_events', row: { payment_id: PAYMENT, at: T, from_state: 'authorised', to_state: 'confirmed', detail: null } },
    { table: 'demo_court_payments', row: { payment_id: PAYMENT, notice_no: 'JF2026112300001', amount_fen: 505_000, court_ref: 'C1', confirmed_at: T } },
  ],
  3: [
    {
      table: 'outbox',
      row: {
        id: 1,
        key: 'filing:1',
        kind: 'filing',
        receipt_no: 'KIOSK-01-LA-20261123-0001',
        payload: '{"caseType":"private_lending"}',
        state: 'pending',
        attempts: 2,
        next_attempt_at: T,
        last_error: 'timeout',
        court_ref: null,
        reject_reason: null,
        created_at: T,
        settled_at: null,
        purged_at: null,
      },
    },
    { table: 'demo_court_submissions', row: { key: 'mediation:1', kind: 'mediation', court_ref: 'TJ-1', received_at: T } },
  ],
  4: [
    {
      table: 'print_jobs',
      row: {
        id: 1,
        kind: 'queue-ticket',
        document_no: 'A001',
        title: '排队号',
        role: 'receipt',
        printer: null,
        paper: '80mm',
        length_mm: 120.5,
        pdf: null,
        state: 'failed',
        failure: 'paperOut',
        detail: null,
        attempts: 1,
        created_at: T,
        updated_at: T,
      },
    },
  ],
  5: [
    {
      table: 'tickets',
      row: {
        id: 1,
        day: '2026-11-23',
        service: 'filing',
        number: 'A001',
        priority: 1,
        state: 'called',
        window_no: '3',
        issued_at: T,
        called_at: T,
        call_seq: 1,
        finished_at: null,
      },
    },
  ],
  6: [
    {
      table: 'mediation_requests',
      row: {
        id: 'd6a4f2b5-8e0a-4b1c-8d3e-4f5a6b7c8d9e',
        receipt_no: 'KIOSK-01-TJ-20261123-0001',
        case_type: 'property_service',
        organisation_id: 'property-mediation',
        mode: 'online',
        submitted_at: T,
      },
    },
  ],
  7: [
    { table: 'staff', row: { id: 'h01', name: '王芳', role: 'helper', pin_hash: 'scrypt$x$y', enabled: 1, must_change_pin: 0, created_at: T, updated_at: T } },
    { table: 'sign_in_guards', row: { key: 'h01', failed_attempts: 2, locked_until: null } },
    { table: 'audit_log', row: { id: 1, at: T, actor: 'h01', action: 'staff.signIn', details: '{}', prev_hash: '0'.repeat(64), hash: 'f'.repeat(64) } },
    { table: 'sessions', row: { id: 'visit-2', language: 'en', started_at: T, ended_at: null, assisted_by: 'h01' } },
    { table: 'drafts', row: { session_id: 'visit-2', flow: 'filing', data: '{}', saved_at: T, provenance: '{"caseType":{"by":"helper"}}' } },
  ],
  8: [
    {
      table: 'filings',
      row: {
        id: FILING,
        receipt_no: 'KIOSK-01-LA-20261123-0002',
        case_type: 'private_lending',
        court_code: '粤0703',
        cross_region: 0,
        assisted_by: 'h01',
        language: 'zh-CN',
        submitted_at: T,
        filing: '{"caseType":"private_lending"}',
        purged_at: null,
      },
    },
    {
      table: 'evidence_pages',
      row: {
        id: 'e7b5a3c6-9f1b-4c2d-9e4f-5a6b7c8d9e0f',
        session_id: 'visit-2',
        evidence_id: 'f8c6b4d7-0a2c-4d3e-8f5a-6b7c8d9e0f1a',
        position: 0,
        filing_id: FILING,
        file: 'e7b5a3c6.png',
        mime: 'image/png',
        width: 1240,
        height: 1754,
        bytes: 20_480,
        thumbnail: 'thumb',
        created_at: T,
      },
    },
    { table: 'filing_resume', row: { code: 'K7M2Q9', session_id: 'visit-1', id_hash: null, expires_at: T } },
  ],
  9: [
    {
      table: 'risk_reports',
      row: {
        id: REPORT,
        document_no: 'KIOSK-01-FX-20261123-0001',
        case_type: 'labour',
        rule_set_version: '2026.1',
        answers: '{}',
        report: '{}',
        recorded_at: T,
      },
    },
    { table: 'risk_acknowledgements', row: { report_id: REPORT, litigant: '', method: 'readAndUnderstood', signature_png: null, acknowledged_at: T } },
  ],
  15: [{ table: 'demo_court_audit_witnesses', row: { terminal_id: 'KIOSK-01', audit_id: 42, hash: 'e'.repeat(64), received_at: T } }],
};

const clock = manualClock(T);
const migrationsDir = join(REPO_ROOT, 'main/services/storage/migrations');
const migrations = readMigrations(migrationsDir);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function scratchDir(): string {
  const t = tempDir();
  cleanups.push(t.remove);
  return t.dir;
}

/** Everything the schema is made of, as SQLite keeps it. */
const schemaOf = (db: Database) =>
  db.all<{ type: string; name: string; sql: string | null }>("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");

const seedsUpTo = (version: number): Seed[] => migrations.filter((m) => m.version <= version).flatMap((m) => ROWS_BY_VERSION[m.version] ?? []);

async function insert(db: Database, { table, row }: Seed): Promise<void> {
  const columns = Object.keys(row);
  await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(row));
}

let currentSchema: Awaited<ReturnType<typeof schemaOf>> | undefined;
async function schemaOfANewTerminal() {
  if (!currentSchema) {
    const db = await openStorage(scratchDir(), migrationsDir, clock);
    currentSchema = await schemaOf(db);
    await db.close();
  }
  return currentSchema;
}

describe('upgrading a database an earlier version made', () => {
  it('has rows only for migrations that exist', () => {
    const versions = migrations.map((m) => m.version);
    for (const version of Object.keys(ROWS_BY_VERSION).map(Number)) expect(versions, `ROWS_BY_VERSION[${version}]`).toContain(version);
  });

  // The newest version is included: opening a current database again must change nothing either.
  it.each(migrations.map((m) => [`${String(m.version).padStart(3, '0')}_${m.name}`, m.version] as const))(
    'opens a database made by %s, keeping its rows, at the current schema',
    async (_, version) => {
      const dir = scratchDir();
      const old = await Database.open(join(dir, DB_FILE));
      await migrate(old, migrations.slice(0, version), clock);
      const seeds = seedsUpTo(version);
      for (const seed of seeds) await insert(old, seed);
      await old.close();

      const db = await openStorage(dir, migrationsDir, clock);
      try {
        expect(await db.all<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).toEqual(
          migrations.map((m) => ({ version: m.version })),
        );
        expect(await schemaOf(db)).toEqual(await schemaOfANewTerminal());
        for (const { table, row } of seeds) {
          const kept = await db.all<Row>(`SELECT * FROM ${table}`);
          expect(kept, `${table} after upgrading from ${version}`).toContainEqual(expect.objectContaining(row));
        }
      } finally {
        await db.close();
      }
    },
  );
});
