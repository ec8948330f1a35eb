// The LPR series a signed law-data package brings is the one the kiosk runs on from its next start:
// the filing's interest ceiling and the risk rules both read it. A package the terminal refuses
// (signed by another key, or with rows out of order) leaves the series as it was.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataPackageBody, SignedDataPackage } from '../../../contract/hub-protocol';
import { hundredthsToPercent, percentToHundredths } from '../../../main/services/cases/interest-ceiling';
import { LPR_ONE_YEAR } from '../../../main/services/cases/lpr-one-year.data';
import { hubFiles, writeHubIdentity } from '../../../main/services/hub/hub-identity';
import { call } from '../support/contract-call';
import { manualClock, tempDir, tempKiosk } from '../support/temp-kiosk';
import { lendingDraft } from '../services/filing/filing-samples';

const hubKey = generateKeyPairSync('ed25519');
const strangerKey = generateKeyPairSync('ed25519');

/** The shipped rows in the package format ("3.0" → "3.00"), and a figure after them. */
const shippedRows = LPR_ONE_YEAR.map((r) => ({ ...r, percent: hundredthsToPercent(percentToHundredths(r.percent)!) }));
const NEW_ROW = { from: '2025-12-22', percent: '2.90', announcement: '（测试）2025年12月22日贷款市场报价利率公告' };

function signedPackage(version: string, lprOneYear: unknown[], key: KeyObject = hubKey.privateKey): SignedDataPackage {
  const body: DataPackageBody = { version, publishedAt: '2026-11-20T00:00:00.000Z', content: { lprOneYear } as DataPackageBody['content'] };
  const text = JSON.stringify(body);
  return { body: text, signature: sign(null, Buffer.from(text), key).toString('base64') };
}

// A loan made after the new figure: 4 × 3.0 % = 12 % on the shipped rows, 4 × 2.90 % = 11.60 % on the package's.
const LOAN_DATE = '2026-01-05';
const AGREED = '12';
const clock = () => manualClock('2026-11-23T02:00:00.000Z');

describe('the LPR from a law-data package', () => {
  const data = tempDir();
  let offered: SignedDataPackage | null = null;
  let hub: Server;

  beforeAll(async () => {
    // Only the package route matters here: the hub serves whatever package the test offers.
    hub = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url === '/terminal/v1/data-package' ? { package: offered } : {}));
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    writeHubIdentity(hubFiles(data.dir).identity, {
      terminalId: 'KIOSK-01',
      secret: 'a'.repeat(64),
      site: '测试',
      group: 'test',
      dataPublicKey: hubKey.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      hubUrl: `http://127.0.0.1:${(hub.address() as AddressInfo).port}`,
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => hub.close(resolve));
    data.remove();
  });

  /** What a kiosk started on the data folder makes of the loan: the filing's warning and claim, and the risk finding. */
  async function ceilingSeen() {
    const kiosk = await tempKiosk({ dataDir: data.dir, clock: clock() });
    try {
      const draft = lendingDraft();
      draft.answers = { ...draft.answers, loanDate: LOAN_DATE, interestFrom: LOAN_DATE, dueDate: '2026-06-01', agreedRate: AGREED };
      const preview = await call(kiosk, 'filing.preview', draft);
      const report = await kiosk.risk.assess(
        'private_lending',
        {
          claimAmount: '100000',
          loanDate: LOAN_DATE,
          hasIou: false,
          paidByTransfer: true,
          interestAgreed: true,
          interestRate: AGREED,
          dueDateAgreed: true,
          dueDate: '2026-06-01',
          placeLender: '440704',
        },
        '2026-11-23',
      );
      return {
        dataVersion: kiosk.hub.lawData.version(),
        filing: preview.problems.find((p) => p.path === 'answers.agreedRate')?.details ?? null,
        // The complaint claims interest at no more than the ceiling.
        claimedRate: /按年利率([\d.]+)%/.exec(preview.claims.join(''))?.[1] ?? null,
        riskAboveCeiling: report.findings.some((f) => f.id === 'interestAboveCeiling'),
      };
    } finally {
      await kiosk.close();
    }
  }

  async function offer(pkg: SignedDataPackage) {
    offered = pkg;
    const kiosk = await tempKiosk({ dataDir: data.dir, clock: clock() });
    try {
      return await kiosk.hub.pullData();
    } finally {
      await kiosk.close();
    }
  }

  it('runs on the shipped rows, and a refused package changes nothing', async () => {
    const shipped = await ceilingSeen();
    expect(shipped).toEqual({ dataVersion: null, filing: null, claimedRate: '12', riskAboveCeiling: false });

    await expect(offer(signedPackage('2027.1.0', [...shippedRows, NEW_ROW], strangerKey.privateKey))).rejects.toMatchObject({
      code: 'DATA_PACKAGE_REFUSED',
    });
    await expect(offer(signedPackage('2027.1.0', [NEW_ROW, ...shippedRows]))).rejects.toMatchObject({
      code: 'DATA_PACKAGE_REFUSED',
      details: { problem: 'lprOneYear: dates must rise' },
    });
    expect(await ceilingSeen()).toEqual(shipped);
  });

  it('runs on the rows of a signed package from the next start, in filing and in the risk rules alike', async () => {
    expect(await offer(signedPackage('2027.1.0', [...shippedRows, NEW_ROW]))).toBe('2027.1.0');
    expect(await ceilingSeen()).toEqual({
      dataVersion: '2027.1.0',
      filing: expect.objectContaining({ ceiling: '11.60', lpr: '2.90' }),
      claimedRate: '11.6',
      riskAboveCeiling: true,
    });
  });
});
