// A kiosk process that keeps issuing receipts and syncing them to the court until it is killed.
// It prints "RECEIPT <no>" only after the receipt's transaction has committed, as the screen would.
// Started by spawnTs(), which bundles it: outbox-victim.ts <dataDir> <courtUrl>
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createKiosk } from '../../../main/services/kiosk';
import { enqueueSubmission } from '../../../main/services/outbox/outbox';
import { Database } from '../../../main/services/storage/database';
import { DB_FILE } from '../../../main/services/storage/open-storage';
const appRoot = process.env.KIOSK_APP_ROOT ?? '';

async function main([dataDir = '', courtUrl = '']: string[]) {
  const kiosk = await createKiosk({
    dataDir,
    appRoot,
    shell: 'browser',
    version: 'test',
    log: () => undefined,
    backoff: { baseMs: 1, maxMs: 20, random: Math.random },
  });
  await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: courtUrl, timeoutMs: 2000 } } });
  const db = await Database.open(join(dataDir, DB_FILE));
  for (;;) {
    const receipts = Array.from({ length: 1 + Math.floor(Math.random() * 4) }, () => `R-${randomUUID()}`);
    await db.transaction(async (tx) => {
      for (const receiptNo of receipts) await enqueueSubmission(tx, { key: randomUUID(), kind: 'filing', receiptNo, payload: {} }, new Date());
    });
    for (const receiptNo of receipts) process.stdout.write(`RECEIPT ${receiptNo}\n`);
    kiosk.sync.poke();
    await new Promise((r) => setTimeout(r, 5));
  }
}

void main(process.argv.slice(2));
