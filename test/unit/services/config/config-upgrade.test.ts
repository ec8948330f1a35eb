// A terminal configured by an older version keeps working when a version adds or renames a service:
// the stored services section lacks the new one (the default fills it in) or names it the old way
// (it is read under today's name), rather than the config failing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { tempDir, tempKiosk } from '../../support/temp-kiosk';

describe('config written by an older version', () => {
  it('shows a service added since with its default, reads a renamed one under its new name, and keeps every stored choice', async () => {
    const data = tempDir();
    try {
      const first = await tempKiosk({ dataDir: data.dir });
      await first.handlers['config.set']({ patch: { services: { risk: false } } });
      await first.dispose();
      // What a version before the case-progress service stored, when the fee area was `payment`.
      const db = await Database.open(join(data.dir, DB_FILE));
      await db.run("UPDATE config SET value = ? WHERE section = 'services'", [
        JSON.stringify({ risk: false, filing: true, payment: false, mediation: true, queue: false }),
      ]);
      await db.close();
      const upgraded = await tempKiosk({ dataDir: data.dir });
      expect((await upgraded.handlers['config.get']({})).services).toEqual({
        risk: false,
        filing: true,
        fees: false,
        mediation: true,
        status: true,
        queue: false,
      });
      // Any change is stored under today's name.
      await upgraded.handlers['config.set']({ patch: { services: { risk: true } } });
      expect((await upgraded.handlers['config.get']({})).services).toMatchObject({ risk: true, fees: false });
      await upgraded.dispose();
    } finally {
      data.remove();
    }
  });
});

describe('a config file exported by an older version', () => {
  it('imports the fee area under its old service id, payment, as fees', async () => {
    const kiosk = await tempKiosk();
    try {
      // What `cli config export` wrote before the rename; `cli config import` sends it as a config.set patch.
      const config = await kiosk.handlers['config.set']({
        patch: { services: { risk: true, filing: true, payment: false, mediation: true, status: true, queue: true } },
      });
      expect(config.services).toEqual({ risk: true, filing: true, fees: false, mediation: true, status: true, queue: true });
      expect((await kiosk.handlers['config.get']({})).services.fees).toBe(false);
    } finally {
      await kiosk.dispose();
    }
  });
});
