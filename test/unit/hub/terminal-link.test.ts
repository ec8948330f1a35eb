// A real kiosk linked to a real hub (PGlite): enrolment, heartbeats, configuration applied through
// the audited path, signed law-data packages (and the ones it must refuse), and filings delivered to
// the hub's court receiver with signed requests, which answers its witness of the audit log.
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hubFiles } from '../../../main/services/hub/hub-identity';
import { enqueueSubmission } from '../../../main/services/outbox/outbox';
import { Database } from '../../../main/services/storage/database';
import { DB_FILE } from '../../../main/services/storage/open-storage';
import { pdfText } from '../support/pdf-tools';
import { REPO_ROOT, tempKiosk } from '../support/temp-kiosk';
import { staffSession, startTempHub, type HubCall, type TempHub } from './support/temp-hub';

const restDays = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'calendar', 'rest-days.json'), 'utf8')) as { years: Record<string, unknown> };

describe('a terminal linked to the hub', () => {
  let h: TempHub;
  let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
  let staff: HubCall;
  beforeAll(async () => {
    h = await startTempHub('pglite');
    staff = await staffSession(h);
    kiosk = await tempKiosk();
    return async () => {
      await kiosk.dispose();
      await h.close();
    };
  }, 60_000);

  it('enrols with a one-time code and keeps its secret where only the kiosk can read it', async () => {
    await expect(kiosk.hub.enrol(h.url, 'WRONG-CODE-0000', 'KIOSK-01')).rejects.toMatchObject({
      code: 'HUB_CODE_REFUSED',
      messageKey: 'hub.errors.codeRefused',
    });
    expect(kiosk.hub.identity()).toBeNull();
    const code = (await staff('POST', '/api/enrolment-codes', { purpose: 'terminal', site: '淄博·博山区 巡回法庭', group: 'villages' })).body.code;
    expect(await kiosk.hub.enrol(h.url, code, 'KIOSK-01')).toEqual({ terminalId: 'KIOSK-01', site: '淄博·博山区 巡回法庭', group: 'villages' });
    expect(statSync(hubFiles(kiosk.dataDir).identity).mode & 0o777).toBe(0o600);
  });

  it('reports its health and audit head, and runs the configuration rolled out to its group', async () => {
    await kiosk.hub.beat();
    const seen = (await staff('GET', '/api/terminals')).body.terminals[0]!;
    expect(seen.heartbeat).toMatchObject({ softwareVersion: 'test', courtReachable: true, outbox: { depth: 0 }, configVersion: null });
    expect(seen.auditWitness?.id ?? null).toBe(seen.heartbeat.auditHead?.id ?? null);

    const rollout = await staff('PUT', '/api/config/groups/villages', { patch: { idle: { timeoutSeconds: 240, countdownSeconds: 30 } } });
    await kiosk.hub.beat();
    expect((await kiosk.handlers['config.get']({})).idle).toEqual({ timeoutSeconds: 240, countdownSeconds: 30, resumeMinutes: 30 });
    // The same audited path as an admin's change, under the hub's name.
    const [entry] = (await kiosk.handlers['audit.recent']({ limit: 1 })).entries;
    expect(entry).toMatchObject({ actor: 'hub', action: 'config.set' });
    await kiosk.hub.beat();
    const after = (await staff('GET', '/api/terminals')).body.terminals[0]!;
    expect(after.heartbeat.configVersion).toBe(rollout.body.revision);
    // The witness moved with the audit entry the change made.
    expect(after.auditWitness?.id).toBeGreaterThan(seen.auditWitness?.id ?? 0);
  });

  it('applies a signed law-data package, keeps the one before, and refuses a forged or invalid one', async () => {
    const first = await staff('POST', '/api/data-packages', {
      version: '2027.1.0',
      content: { restDays, fees: { province: '山东', bases: {}, averageWage: 98765 } },
    });
    expect(first.status).toBe(200);
    await kiosk.hub.beat();
    expect(kiosk.hub.lawData.version()).toBe('2027.1.0');
    expect((await kiosk.handlers['config.get']({})).fees).toMatchObject({ province: '山东', bases: {}, averageWage: 98765 }); // the practice settings keep their defaults
    expect(kiosk.hub.lawData.fileFor('restDays', 'shipped.json')).toBe(join(hubFiles(kiosk.dataDir).lawData, 'current', 'rest-days.json'));

    // Invalid content never gets signed.
    const invalid = await staff('POST', '/api/data-packages', {
      version: '2027.1.1',
      content: { restDays: { about: 'x', years: { 2027: { source: 's', holidays: [['2027-02-10', '2027-02-01']], workdays: [] } } } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('BAD_PACKAGE');

    await staff('POST', '/api/data-packages', { version: '2027.2.0', content: { courtDirectory: [] } });
    await kiosk.hub.beat();
    expect(kiosk.hub.lawData.version()).toBe('2027.2.0');
    expect(existsSync(join(hubFiles(kiosk.dataDir).lawData, 'previous', 'rest-days.json'))).toBe(true);
    // Papers cite the data they were made with.
    const paper = await kiosk.receipts.render('helper-guide', kiosk.receipts.sample('helper-guide'), { language: 'zh-CN' });
    expect((await pdfText(paper.pdf)).replace(/\s+/g, '')).toContain('法律数据版本：2027.2.0');

    // Someone with the database but not the key changes the published text: the terminal refuses it.
    await staff('POST', '/api/data-packages', { version: '2027.3.0', content: { fees: { province: '山东', bases: {}, averageWage: 1 } } });
    await h.store.query(`UPDATE data_packages SET body = replace(body, '"averageWage":1', '"averageWage":2') WHERE version = '2027.3.0'`);
    await expect(kiosk.hub.pullData()).rejects.toMatchObject({ code: 'DATA_PACKAGE_REFUSED' });
    expect(kiosk.hub.lawData.version()).toBe('2027.2.0');
    expect((await kiosk.handlers['config.get']({})).fees.averageWage).toBe(98765);
  });

  it('delivers filings to the hub as its court, signed, each booked once', async () => {
    await kiosk.handlers['config.set']({ patch: { courtEndpoint: { url: `${h.url}/court/v1`, timeoutMs: 5000 } } });
    const db = await Database.open(join(kiosk.dataDir, DB_FILE));
    await db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await enqueueSubmission(tx, { key: `link-${i}`, kind: 'filing', receiptNo: `KIOSK-01-${i}`, payload: { n: i } }, new Date());
    });
    await db.close();
    await kiosk.sync.syncOnce();
    expect(await kiosk.handlers['sync.status']({})).toEqual({ online: true, waiting: 0, rejected: 0 });
    const inbox = (await staff('GET', '/api/submissions?limit=10')).body.submissions;
    expect(inbox.map((s) => [s.key, s.terminalId]).sort()).toEqual([
      ['link-0', 'KIOSK-01'],
      ['link-1', 'KIOSK-01'],
      ['link-2', 'KIOSK-01'],
    ]);
    // The hub as court answers the witness it keeps, and the terminal's log agrees with it.
    const [head] = (await kiosk.handlers['audit.recent']({ limit: 1 })).entries;
    expect(await kiosk.handlers['audit.checkWitness']({})).toMatchObject({ witness: { id: head!.id, hash: head!.hash }, verdict: 'agrees' });
  });

  it('is refused once revoked, and keeps the configuration it last had', async () => {
    await staff('POST', '/api/terminals/KIOSK-01/revoke', {});
    await expect(kiosk.hub.beat()).rejects.toMatchObject({ code: 'HUB_TERMINAL_REVOKED', messageKey: 'hub.errors.revoked' });
    expect((await kiosk.handlers['config.get']({})).idle.timeoutSeconds).toBe(240);
  });
});
