// The one lock-out for wrong answers (resume codes, staff PINs), on a real SQLite file: it locks
// after the last allowed try, holds through reopening the file, keeps itself locked against a wrong
// answer given during the lock, starts a fresh count once it runs out, and counts inside a caller's
// transaction so what the caller writes alongside stands or falls with the count.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { AttemptGuard } from '../../../../main/services/storage/attempt-guard';
import type { Database } from '../../../../main/services/storage/database';
import { openStorage } from '../../../../main/services/storage/open-storage';
import { REPO_ROOT, manualClock, tempDir } from '../../support/temp-kiosk';

const RULE = { maxWrong: 3, lockMs: 60_000 };
const { migrations } = resourcePaths(REPO_ROOT);

let data: ReturnType<typeof tempDir>;
let db: Database;
const clock = manualClock('2026-11-23T02:00:00.000Z');
const guard = (key = 'test.guard') => new AttemptGuard({ db, clock, key, rule: RULE });
beforeEach(async () => {
  data = tempDir();
  db = await openStorage(data.dir, migrations, clock);
});
afterEach(async () => {
  await db.close();
  data.remove();
});

describe('AttemptGuard', () => {
  it('locks after the last allowed wrong answer, through a reopened file, until the lock runs out', async () => {
    expect(await guard().wrong()).toEqual({ attempts: 1, lockedUntil: null, triesLeft: 2 });
    expect(await guard().wrong()).toEqual({ attempts: 2, lockedUntil: null, triesLeft: 1 });
    const until = new Date(clock.now().getTime() + RULE.lockMs).toISOString();
    expect(await guard().wrong()).toEqual({ attempts: 3, lockedUntil: until, triesLeft: 0 });

    await db.close();
    db = await openStorage(data.dir, migrations, clock);
    expect(await guard().lockedUntil()).toBe(until);
    // Another key counts on its own.
    expect(await guard('other.guard').lockedUntil()).toBeNull();

    clock.advance(RULE.lockMs);
    expect(await guard().lockedUntil()).toBeNull();
    expect(await guard().wrong()).toMatchObject({ attempts: 1, lockedUntil: null });
  });

  it('stays locked when a wrong answer comes during the lock, and a right one clears it', async () => {
    for (let i = 0; i < RULE.maxWrong; i++) await guard().wrong();
    clock.advance(RULE.lockMs / 2);
    const later = await guard().wrong();
    expect(later.lockedUntil).toBe(new Date(clock.now().getTime() + RULE.lockMs).toISOString());
    expect(await guard().lockedUntil()).toBe(later.lockedUntil);

    await guard().passed();
    expect(await guard().lockedUntil()).toBeNull();
    expect(await guard().wrong()).toMatchObject({ attempts: 1, triesLeft: 2 });
  });

  it("counts inside the caller's transaction: rolled back with it", async () => {
    await expect(
      db.transaction(async (tx) => {
        await guard().wrong(tx);
        throw new Error('the caller failed after counting');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await guard().wrong()).toMatchObject({ attempts: 1 });
  });
});
