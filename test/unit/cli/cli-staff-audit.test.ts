// The provisioning CLI as a script uses it, as real processes over one data folder: staff accounts,
// config export on one terminal and import on the next, CSV exports, and `audit verify` — which
// names the entry an attacker edited directly in the database file and exits non-zero.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../../main/services/storage/database';
import { DB_FILE } from '../../../main/services/storage/open-storage';
import { runCli } from '../support/cli-run';
import { tempDir } from '../support/temp-kiosk';

/** Each test starts several real processes; on a loaded 2-core machine one takes seconds. */
const CLI_TEST_MS = 240_000;
const first = tempDir('kiosk-cli-a-');
const second = tempDir('kiosk-cli-b-');
afterAll(() => {
  first.remove();
  second.remove();
});

describe('cli staff', () => {
  it(
    'adds, lists and resets accounts as JSON, refusing a bad one with a code and exit 2',
    async () => {
      const added = await runCli(first.dir, 'staff', 'add', '--id', 'h01', '--name', '王芳', '--role', 'helper', '--pin', '482913');
      expect(added.code).toBe(0);
      expect(JSON.parse(added.stdout)).toMatchObject({ staffId: 'h01', name: '王芳', role: 'helper', enabled: true, mustChangePin: true, lockedUntil: null });

      const taken = await runCli(first.dir, 'staff', 'add', '--id', 'h02', '--name', '李明', '--role', 'helper', '--pin', '482913');
      expect(taken.code).toBe(2);
      expect(JSON.parse(taken.stdout)).toMatchObject({ error: { code: 'PIN_TAKEN', message: expect.stringMatching(/^Another account/) as unknown } });
      expect((await runCli(first.dir, 'staff', 'add', '--id', 'h02', '--name', '李明', '--role', 'boss', '--pin', '592817')).code).toBe(2);

      const list = JSON.parse((await runCli(first.dir, 'staff', 'list')).stdout) as { accounts: { staffId: string; role: string }[] };
      expect(list.accounts.map((a) => [a.staffId, a.role])).toEqual([
        ['admin', 'admin'],
        ['h01', 'helper'],
      ]);
      const reset = await runCli(first.dir, 'staff', 'reset-pin', '--id', 'h01', '--pin', '592817');
      expect(reset.code).toBe(0);
      expect((await runCli(first.dir, 'staff', 'reset-pin', '--id', 'nobody', '--pin', '592813')).stdout).toContain('STAFF_NOT_FOUND');
    },
    CLI_TEST_MS,
  );
});

describe('cli config export and import', () => {
  it(
    'carries one terminal settings to the next, which then sets its own id',
    async () => {
      expect(
        (await runCli(first.dir, 'config', 'set', '{"idle":{"timeoutSeconds":240,"countdownSeconds":30},"languages":["zh-CN"],"defaultLanguage":"zh-CN"}'))
          .code,
      ).toBe(0);
      const file = join(first.dir, 'terminal.json');
      expect((await runCli(first.dir, 'config', 'export', '--out', file)).code).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ idle: { timeoutSeconds: 240 }, languages: ['zh-CN'] });

      expect((await runCli(second.dir, 'config', 'import', file)).code).toBe(0);
      expect((await runCli(second.dir, 'config', 'set', '{"terminalId":"KIOSK-02"}')).code).toBe(0);
      expect(JSON.parse((await runCli(second.dir, 'config', 'get')).stdout)).toMatchObject({
        terminalId: 'KIOSK-02',
        idle: { timeoutSeconds: 240 },
        languages: ['zh-CN'],
      });
    },
    CLI_TEST_MS,
  );

  it(
    'refuses an invalid file naming the field, and changes nothing',
    async () => {
      const file = join(second.dir, 'bad.json');
      writeFileSync(file, JSON.stringify({ idle: { timeoutSeconds: 5, countdownSeconds: 30 } }));
      const refused = await runCli(second.dir, 'config', 'import', file);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toContain('idle.timeoutSeconds');
      writeFileSync(file, '{"idle": ');
      expect(JSON.parse((await runCli(second.dir, 'config', 'import', file)).stdout)).toMatchObject({ error: { code: 'BAD_JSON' } });
      expect(JSON.parse((await runCli(second.dir, 'config', 'get')).stdout)).toMatchObject({ idle: { timeoutSeconds: 240 } });
    },
    CLI_TEST_MS,
  );
});

describe('cli export', () => {
  it(
    'writes the three CSV files of a date range to the data folder and says where',
    async () => {
      const result = await runCli(first.dir, 'export', '--from', '2026-01-01', '--to', '2026-12-31');
      expect(result.code).toBe(0);
      const written = JSON.parse(result.stdout) as { kind: string; file: string; rows: number }[];
      expect(written.map((w) => w.kind)).toEqual(['submissions', 'payments', 'tickets']);
      for (const { file } of written) {
        expect(file.startsWith(join(first.dir, 'exports'))).toBe(true);
        expect(existsSync(file)).toBe(true);
      }
      expect((await runCli(first.dir, 'export', '--from', '2026-12-31', '--to', '2026-01-01')).code).toBe(2);
      expect((await runCli(first.dir, 'export', '--from', '2026-01-01')).code).toBe(2);
    },
    CLI_TEST_MS,
  );
});

describe('cli audit verify', () => {
  it(
    'prints OK with the count, then names the entry edited in the database file and exits 1',
    async () => {
      const ok = await runCli(first.dir, 'audit', 'verify');
      expect(ok).toEqual({ code: 0, stdout: expect.stringMatching(/^OK \d+ entries\n$/) as unknown });
      const count = Number(/OK (\d+)/.exec(ok.stdout)![1]);
      // default admin, h01 added, its PIN reset, the config set twice, three exports
      expect(count).toBe(8);

      const db = await Database.open(join(first.dir, DB_FILE));
      try {
        const target = await db.get<{ id: number }>("SELECT id FROM audit_log WHERE action = 'staff.resetPin'");
        await db.exec('DROP TRIGGER audit_log_no_update');
        await db.run("UPDATE audit_log SET actor = 'admin' WHERE id = ?", [target!.id]);
        const broken = await runCli(first.dir, 'audit', 'verify');
        expect(broken.code).toBe(1);
        expect(broken.stdout).toMatch(new RegExp(`^BROKEN at entry ${target!.id}\\b`));
      } finally {
        await db.close();
      }
    },
    CLI_TEST_MS,
  );
});
