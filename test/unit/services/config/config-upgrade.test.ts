// A terminal configured by an older version keeps working when a version adds a service: the stored
// services section lacks the new one, and the default fills it in rather than the config failing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from '../../../../main/services/storage/database';
import { DB_FILE } from '../../../../main/services/storage/open-storage';
import { tempDir, tempKiosk } from '../../support/temp-kiosk';

describe('config written by an older version', () => {
  it('shows a service added since with its default, and keeps every stored choice', async () => {
    const data = tempDir();
    try {
      const first = await tempKiosk({ dataDir: data.dir });
      await first.handlers['config.set']({ patch: { services: { risk: false } } });
      await first.dispose();
      // What a version before the case-progress service stored.
      const db = await Database.open(join(data.dir, DB_FILE));
      await db.run("UPDATE config SET value = ? WHERE section = 'services'", [JSON.stringify({ risk: false, filing: true, payment: true, mediation: true, queue: false })]);
      await db.close();
      const upgraded = await tempKiosk({ dataDir: data.dir });
      expect((await upgraded.handlers['config.get']({})).services).toEqual({ risk: false, filing: true, payment: true, mediation: true, status: true, queue: false });
      await upgraded.dispose();
    } finally {
      data.remove();
    }
  });
});
