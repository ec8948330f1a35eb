// The hub through its HTTP API, on PGlite and on a real PostgreSQL server: enrolment and signed
// requests, heartbeats and their alerts, configuration by group, the court receiver, staff sign-in
// and the update feed. Every refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders, updateFeedToken } from '../../../main/services/hub/request-signature';
import type { Heartbeat } from '../../../contract/hub-protocol';
import { MAX_FAILED_SIGN_INS } from '../../../hub/server/accounts';
import { staffSession, startTempHub, STORE_KINDS, stopSharedCluster, type HubCall, type HubReply, type TempHub } from './support/temp-hub';

afterAll(() => stopSharedCluster());

const HEAD = (id: number, c = 'a') => ({ id, hash: c.repeat(64) });
const beat = (over: Partial<Heartbeat> = {}): Heartbeat => ({
  softwareVersion: '0.1.0',
  courtReachable: true,
  outbox: { depth: 0, oldestAgeSeconds: null },
  printers: [{ role: 'receipt', name: 'TM-T88', state: 'ready' }],
  diskFreeBytes: 10 * 2 ** 30,
  configVersion: null,
  dataVersion: null,
  auditHead: HEAD(10),
  ...over,
});

interface Enrolled {
  terminalId: string;
  secret: string;
}

async function enrol(h: TempHub, terminalId: string, group = 'villages', site = '淄博·沂源县 巡回法庭'): Promise<Enrolled> {
  const code = await h.hub.newEnrolmentCode('terminal', { site, group });
  const res = await fetch(`${h.url}/terminal/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, terminalId }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Enrolled;
}

async function signed(h: TempHub, who: Enrolled, method: string, path: string, body?: unknown, at = new Date()) {
  const text = body === undefined ? '' : JSON.stringify(body);
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...signedHeaders(who, method, path, text, at) },
    ...(method === 'GET' ? {} : { body: text }),
  });
  return { status: res.status, body: (await res.json()) as HubReply };
}

const alertsOf = async (h: TempHub, id: string) =>
  (await h.hub.terminals.list())
    .find((t) => t.id === id)!
    .alerts.map((a) => a.kind)
    .sort();

describe.each(STORE_KINDS)('the hub on %s', (kind) => {
  let h: TempHub;
  let staff: HubCall;
  beforeAll(async () => {
    h = await startTempHub(kind, { alertRules: { offlineAfterMs: 60_000, outboxStuckAfterSeconds: 600 } });
    staff = await staffSession(h);
    return () => h.close();
  }, 60_000);

  it('enrols a terminal once per code, then takes only its signed requests', async () => {
    const code = await h.hub.newEnrolmentCode('terminal', { site: '博山', group: 'villages' });
    const first = await fetch(`${h.url}/terminal/v1/enrol`, { method: 'POST', body: JSON.stringify({ code, terminalId: 'ZB-001' }) });
    expect(first.status).toBe(200);
    const me = (await first.json()) as Enrolled & { dataPublicKey: string; group: string };
    expect(me).toMatchObject({ terminalId: 'ZB-001', group: 'villages', site: '博山', dataPublicKey: h.hub.signingKey.publicKeyBase64 });
    const again = await fetch(`${h.url}/terminal/v1/enrol`, { method: 'POST', body: JSON.stringify({ code, terminalId: 'ZB-999' }) });
    expect(again.status).toBe(403);
    expect(((await again.json()) as HubReply).error.code).toBe('CODE_REFUSED');

    expect((await signed(h, me, 'POST', '/terminal/v1/heartbeat', beat())).status).toBe(200);
    // A wrong secret, a changed body, a request from outside the replay window: all refused.
    expect((await signed(h, { ...me, secret: 'b'.repeat(64) }, 'POST', '/terminal/v1/heartbeat', beat())).body.error.code).toBe('SIGNATURE_BAD');
    const text = JSON.stringify(beat());
    const tampered = await fetch(`${h.url}/terminal/v1/heartbeat`, {
      method: 'POST',
      headers: signedHeaders(me, 'POST', '/terminal/v1/heartbeat', text, new Date()),
      body: text.replace('0.1.0', '9.9.9'),
    });
    expect(tampered.status).toBe(401);
    expect((await signed(h, me, 'POST', '/terminal/v1/heartbeat', beat(), new Date(Date.now() - 6 * 60_000))).body.error.code).toBe('REQUEST_STALE');
    expect((await h.hub.terminals.list()).find((t) => t.id === 'ZB-001')!.heartbeat!.softwareVersion).toBe('0.1.0');
  });

  it('never lets one terminal speak for another, and refuses a revoked one', async () => {
    const a = await enrol(h, 'ZB-010');
    const b = await enrol(h, 'ZB-011');
    // A's secret under B's id is a bad signature, not a heartbeat from B.
    expect((await signed(h, { terminalId: b.terminalId, secret: a.secret }, 'POST', '/terminal/v1/heartbeat', beat())).status).toBe(401);
    expect((await h.hub.terminals.list()).find((t) => t.id === 'ZB-011')!.heartbeat).toBeNull();
    // A live terminal's id cannot be taken over with a new code.
    const code = await h.hub.newEnrolmentCode('terminal', { site: 'x', group: 'villages' });
    expect((await fetch(`${h.url}/terminal/v1/enrol`, { method: 'POST', body: JSON.stringify({ code, terminalId: 'ZB-010' }) })).status).toBe(409);
    expect((await staff('POST', '/api/terminals/ZB-010/revoke', {})).status).toBe(200);
    expect((await signed(h, a, 'POST', '/terminal/v1/heartbeat', beat())).body.error.code).toBe('TERMINAL_REVOKED');
    expect((await signed(h, b, 'POST', '/terminal/v1/heartbeat', beat())).status).toBe(200);
  });

  it('raises alerts from heartbeats and clears the ones that pass; a rewound or changed audit head stays', async () => {
    const t = await enrol(h, 'ZB-020');
    await signed(h, t, 'POST', '/terminal/v1/heartbeat', beat({ auditHead: HEAD(100) }));
    expect(await alertsOf(h, 'ZB-020')).toEqual([]);
    await signed(
      h,
      t,
      'POST',
      '/terminal/v1/heartbeat',
      beat({
        printers: [{ role: 'receipt', name: 'TM', state: 'paperOut' }],
        outbox: { depth: 40, oldestAgeSeconds: 3600 },
        courtReachable: false,
        auditHead: HEAD(120),
      }),
    );
    expect(await alertsOf(h, 'ZB-020')).toEqual(['courtUnreachable', 'outboxStuck', 'paperOut']);
    await signed(h, t, 'POST', '/terminal/v1/heartbeat', beat({ auditHead: HEAD(90) }));
    expect(await alertsOf(h, 'ZB-020')).toEqual(['auditRewound']);
    // The witness keeps the newest head it was shown, not the shorter one.
    expect((await h.hub.terminals.list()).find((x) => x.id === 'ZB-020')!.auditWitness).toEqual(HEAD(120));
    await signed(h, t, 'POST', '/terminal/v1/heartbeat', beat({ auditHead: HEAD(120, 'b') }));
    expect(await alertsOf(h, 'ZB-020')).toEqual(['auditChanged', 'auditRewound']);
    h.clock.advance(61_000);
    expect((await h.hub.terminals.list()).find((x) => x.id === 'ZB-020')!.alerts.map((a) => a.kind)).toContain('offline');
    h.clock.advance(-61_000);
    // Bad input: refused whole, nothing recorded.
    const bad = await signed(h, t, 'POST', '/terminal/v1/heartbeat', { ...beat(), diskFreeBytes: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'BAD_INPUT', details: { field: 'diskFreeBytes' } });
  });

  it('rolls configuration out to a group with per-terminal overrides, and refuses an invalid one naming the field', async () => {
    const t = await enrol(h, 'ZB-030', 'centre');
    const diff = await staff('POST', '/api/config/groups/centre/diff', { patch: { idle: { timeoutSeconds: 120, countdownSeconds: 20 } } });
    expect(diff.body.changes).toEqual([{ section: 'idle', before: null, after: { timeoutSeconds: 120, countdownSeconds: 20 } }]);
    const rollout = await staff('PUT', '/api/config/groups/centre', { patch: { idle: { timeoutSeconds: 120, countdownSeconds: 20 } } });
    expect(rollout.status).toBe(200);
    await staff('PUT', '/api/config/terminals/ZB-030', { patch: { retentionDays: 30 } });
    const desired = await signed(h, t, 'GET', '/terminal/v1/config');
    expect(desired.body.patch).toEqual({ idle: { timeoutSeconds: 120, countdownSeconds: 20 }, retentionDays: 30 });
    expect((await signed(h, t, 'POST', '/terminal/v1/heartbeat', beat())).body.configVersion).toBe(desired.body.version);

    const invalid = await staff('PUT', '/api/config/groups/centre', { patch: { idle: { timeoutSeconds: 5, countdownSeconds: 20 } } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ code: 'BAD_CONFIG', details: { field: 'idle.timeoutSeconds' } });
    expect((await staff('PUT', '/api/config/groups/centre', { patch: { terminalId: 'X' } })).body.error.details.field).toBe('terminalId');
    expect((await signed(h, t, 'GET', '/terminal/v1/config')).body).toEqual(desired.body);
  });

  it('books each submission once by key and exports them; another terminal cannot claim a key', async () => {
    const t = await enrol(h, 'ZB-040');
    const other = await enrol(h, 'ZB-041');
    const sub = (key: string) => ({
      key,
      kind: 'filing',
      receiptNo: key === 'k2' ? '=HYPERLINK("x")' : `R-${key}`,
      createdAt: '2026-12-01T09:00:00.000Z',
      payload: { n: 1 },
      auditHead: null,
    });
    const first = await signed(h, t, 'POST', '/court/v1/submissions', { submissions: [sub('k1'), sub('k2')] });
    expect(first.body.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    const again = await signed(h, t, 'POST', '/court/v1/submissions', { submissions: [sub('k1')] });
    expect(again.body.results[0]!.courtRef).toBe(first.body.results[0]!.courtRef);
    expect((await signed(h, other, 'POST', '/court/v1/submissions', { submissions: [sub('k1')] })).body.results[0]).toMatchObject({ status: 'rejected' });
    expect((await signed(h, t, 'POST', '/court/v1/submissions', { submissions: [{ ...sub('k3'), kind: 'bribe' }] })).status).toBe(400);

    const csv = await staff('GET', '/api/submissions/export?format=csv&from=2000-01-01&to=2999-01-01');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"${first.body.results[0]!.courtRef}","k1","ZB-040","filing"`);
    // The litigant's text cannot become a spreadsheet formula.
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    const json = await staff('GET', '/api/submissions/export?format=json&from=2000-01-01&to=2999-01-01');
    expect((JSON.parse(json.text) as { key: string }[]).map((r) => r.key)).toEqual(['k1', 'k2']);
    expect((await staff('GET', '/api/submissions?limit=10')).body.submissions).toHaveLength(2);
  });

  it('keeps the audit head submissions carry as the court’s witness, moving it only forward, and tells each terminal its own', async () => {
    const t = await enrol(h, 'ZB-042');
    const other = await enrol(h, 'ZB-043');
    const sub = (key: string, auditHead: { id: number; hash: string } | null) => ({
      key,
      kind: 'payment',
      receiptNo: `R-${key}`,
      createdAt: '2026-12-01T09:00:00.000Z',
      payload: {},
      auditHead,
    });
    const witness = async (who: Enrolled) => (await signed(h, who, 'GET', '/court/v1/audit-witness')).body.witness;
    expect(await witness(t)).toBeNull();
    await signed(h, t, 'POST', '/court/v1/submissions', { submissions: [sub('w1', HEAD(30)), sub('w2', HEAD(31))] });
    expect(await witness(t)).toEqual({ ...HEAD(31), receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown });
    // A batch read before the last one and delivered after it does not move the witness back.
    await signed(h, t, 'POST', '/court/v1/submissions', { submissions: [sub('w3', HEAD(29, 'b'))] });
    expect(await witness(t)).toMatchObject(HEAD(31));
    expect(await witness(other)).toBeNull();
    // The court answers the newest head the hub holds, from submissions or heartbeats.
    await signed(h, t, 'POST', '/terminal/v1/heartbeat', beat({ auditHead: HEAD(40) }));
    expect(await witness(t)).toMatchObject(HEAD(40));
    expect((await signed(h, t, 'POST', '/court/v1/submissions', { submissions: [sub('w4', { id: 41, hash: 'not hex' })] })).status).toBe(400);
    expect(await witness(t)).toMatchObject(HEAD(40));
  });

  it('locks one account after repeated wrong passwords, and only that one', async () => {
    const code = await h.hub.newEnrolmentCode('admin', null);
    expect(
      (await fetch(`${h.url}/api/accounts/enrol`, { method: 'POST', body: JSON.stringify({ code, account: 'clerk', password: 'a long enough password' }) }))
        .status,
    ).toBe(200);
    const signIn = (account: string, password: string) => fetch(`${h.url}/api/sign-in`, { method: 'POST', body: JSON.stringify({ account, password }) });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) expect((await signIn('clerk', 'wrong')).status).toBe(401);
    const locked = await signIn('clerk', 'a long enough password');
    expect(locked.status).toBe(423);
    expect((await signIn('it.admin', 'correct horse battery')).status).toBe(200);
    expect((await fetch(`${h.url}/api/terminals`)).status).toBe(401);
  });

  it('serves each group the release staged for it, to its own terminals only', async () => {
    const t = await enrol(h, 'ZB-050', 'pilot');
    const installer = Buffer.from('pretend installer bytes');
    const released = await staff('POST', '/api/updates', {
      version: '0.2.0',
      fileName: 'court-kiosk-0.2.0.AppImage',
      data: installer.toString('base64'),
      groups: ['pilot'],
    });
    expect(released.status).toBe(200);
    const feed = (id: string, file: string, token: string) => fetch(`${h.url}/updates/${id}/${file}`, { headers: { authorization: `Bearer ${token}` } });
    const yml = await (await feed('ZB-050', 'latest-linux.yml', updateFeedToken(t.secret))).text();
    expect(yml).toContain('version: 0.2.0');
    expect(yml).toContain(`sha512: ${released.body.sha512}`);
    expect(Buffer.from(await (await feed('ZB-050', 'court-kiosk-0.2.0.AppImage', updateFeedToken(t.secret))).arrayBuffer())).toEqual(installer);
    expect((await feed('ZB-050', 'latest.yml', 'f'.repeat(64))).status).toBe(401);
    const village = await enrol(h, 'ZB-051', 'villages');
    expect((await feed('ZB-051', 'latest.yml', updateFeedToken(village.secret))).status).toBe(404);
    await staff('PUT', '/api/updates/0.2.0/groups', { groups: ['pilot', 'villages'] });
    expect((await feed('ZB-051', 'latest.yml', updateFeedToken(village.secret))).status).toBe(200);
  });
});
