// Evidence pages through the contract and the store: kept as files referenced from SQLite, put in
// order, removed with their files, and held to the limits of evidence-limits.data.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE_LIMITS } from '../../../../main/services/filing/evidence-limits.data';
import { EvidenceStore } from '../../../../main/services/filing/evidence-store';
import { openStorage } from '../../../../main/services/storage/open-storage';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { EVIDENCE_IOU, EVIDENCE_TRANSFER } from './filing-samples';
import { REPO_ROOT, manualClock, tempDir, tempKiosk } from '../../support/temp-kiosk';
import { call, reply } from '../../support/contract-call';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
const scanIds = async (source: 'scanner' | 'camera') => (await call(kiosk, 'devices.scan', { source })).pages.map((p) => p.scanId);

describe('evidence pages through the contract', () => {
  beforeEach(async () => {
    kiosk = await tempKiosk();
    await call(kiosk, 'session.start', { language: 'zh-CN' });
  });
  afterEach(() => kiosk.dispose());

  it('adds, reorders and removes pages, files and all', async () => {
    kiosk.simulators.scanner.loadFeeder(3);
    const [a, b, c] = (await scanIds('scanner')) as [string, string, string];
    for (const id of [a, b, c]) await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_TRANSFER, scanId: id });
    let pages = await call(kiosk, 'evidence.pages', {});
    expect(pages.pages.map((p) => [p.id, p.position])).toEqual([
      [a, 0],
      [b, 1],
      [c, 2],
    ]);
    expect(pages.used.pages).toBe(3);
    expect(pages.pages[0]!.thumbnail).toMatch(/^data:image\/png;base64,/);

    pages = await call(kiosk, 'evidence.reorder', { evidenceId: EVIDENCE_TRANSFER, pageIds: [c, a, b] });
    expect(pages.pages.map((p) => p.id)).toEqual([c, a, b]);
    expect(await reply(kiosk, 'evidence.reorder', { evidenceId: EVIDENCE_TRANSFER, pageIds: [c, a] })).toMatchObject({
      ok: false,
      error: { code: 'REORDER_MISMATCH' },
    });
    expect(await reply(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: a })).toMatchObject({ ok: false, error: { code: 'PAGE_ALREADY_ADDED' } });

    pages = await call(kiosk, 'evidence.removePage', { pageId: a });
    expect(pages.pages.map((p) => [p.id, p.position])).toEqual([
      [c, 0],
      [b, 1],
    ]);
    expect(readdirSync(join(kiosk.dataDir, 'evidence')).sort()).toEqual([`${b}.png`, `${c}.png`].sort());
    expect(await reply(kiosk, 'evidence.removePage', { pageId: a })).toMatchObject({ ok: false, error: { code: 'PAGE_NOT_FOUND' } });
  });

  it(`stops an item at ${EVIDENCE_LIMITS.pagesPerItem} pages`, async () => {
    kiosk.simulators.scanner.loadFeeder(EVIDENCE_LIMITS.pagesPerItem + 1);
    const ids = await scanIds('scanner');
    for (const id of ids.slice(0, -1)) await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: id });
    expect(await reply(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_IOU, scanId: ids.at(-1)! })).toMatchObject({
      ok: false,
      error: { code: 'EVIDENCE_ITEM_FULL', messageKey: 'complaint.errors.itemFull', details: { max: EVIDENCE_LIMITS.pagesPerItem } },
    });
    // The refused page is still a scan waiting to be placed: it can go to another item.
    await call(kiosk, 'evidence.addPage', { evidenceId: EVIDENCE_TRANSFER, scanId: ids.at(-1)! });
    expect((await call(kiosk, 'evidence.pages', {})).used.pages).toBe(EVIDENCE_LIMITS.pagesPerItem + 1);
  }, 60_000);

  it('needs a visit', async () => {
    await call(kiosk, 'session.reset', {});
    expect(await reply(kiosk, 'devices.scan', { source: 'camera' })).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
  });
});

describe('evidence store limits', () => {
  const data = tempDir();
  const clock = manualClock();
  const image = (bytes: number) => ({ mime: 'image/jpeg' as const, width: 10, height: 10, data: Buffer.alloc(bytes, 1), thumbnail: Buffer.alloc(8) });
  const item = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const openStore = async (session: string) => {
    const db = await openStorage(data.dir, resourcePaths(REPO_ROOT).migrations, clock);
    await db.run("INSERT INTO sessions (id, language, started_at) VALUES (?, 'zh-CN', '2026-11-23T09:00:00.000Z')", [session]);
    return { db, store: new EvidenceStore({ db, clock, folder: join(data.dir, 'evidence') }) };
  };
  afterAll(() => data.remove());

  it(`stops a filing at ${EVIDENCE_LIMITS.pagesTotal} pages`, async () => {
    const { db, store } = await openStore('pages');
    const scans = await store.keepScans(
      'pages',
      Array.from({ length: EVIDENCE_LIMITS.pagesTotal + 1 }, () => image(100)),
    );
    for (const [i, scan] of scans.slice(0, -1).entries()) await store.addPage('pages', item(Math.floor(i / EVIDENCE_LIMITS.pagesPerItem)), scan.scanId);
    await expect(store.addPage('pages', EVIDENCE_IOU, scans.at(-1)!.scanId)).rejects.toMatchObject({
      code: 'EVIDENCE_PAGES_FULL',
      details: { max: EVIDENCE_LIMITS.pagesTotal },
    });
    await db.close();
  });

  it('refuses a page over the page size and pages beyond the total size', async () => {
    const { db, store } = await openStore('s');
    await expect(store.keepScans('s', [image(EVIDENCE_LIMITS.bytesPerPage + 1)])).rejects.toMatchObject({ code: 'EVIDENCE_PAGE_TOO_LARGE' });
    const perPage = EVIDENCE_LIMITS.bytesPerPage;
    const fit = Math.floor(EVIDENCE_LIMITS.bytesTotal / perPage);
    const scans = await store.keepScans(
      's',
      Array.from({ length: fit + 1 }, () => image(perPage)),
    );
    for (const [i, scan] of scans.slice(0, fit).entries()) await store.addPage('s', item(i % 2), scan.scanId);
    await expect(store.addPage('s', EVIDENCE_IOU, scans.at(-1)!.scanId)).rejects.toMatchObject({ code: 'EVIDENCE_BYTES_FULL' });
    expect((await store.pages('s')).used.bytes).toBe(fit * perPage);
    await db.close();
  }, 60_000);
});
