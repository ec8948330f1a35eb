// The CLI as scripts use it: a real process, stdout JSON and exit codes.
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-run';
import { tempDir } from '../support/temp-kiosk';

const data = tempDir('kiosk-cli-');
afterAll(() => data.remove());

const cli = (...args: string[]) => runCli(data.dir, ...args);

describe('cli fee quote', () => {
  it('prints the fee and its breakdown and exits 0', async () => {
    const { code, stdout } = await cli('fee', 'quote', '--json', '{"kind":"property","amount":"150000","options":{"mediation":true}}');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { fee: string; breakdown: { step: string }[] };
    expect(Object.keys(out)).toEqual(['fee', 'breakdown']);
    expect(out.fee).toBe('1650.00');
    expect(out.breakdown.at(-1)).toMatchObject({ step: 'rounded', fee: '1650.00' });
  });

  it.each([
    ['{"kind":"property","amount":"1e5"}', 'INVALID_AMOUNT'],
    ['{"kind":"divorce"}', 'BASE_REQUIRED'],
    ['{"kind":"property","amount":1,"options":{"x":1}}', 'UNKNOWN_OPTION'],
    ['{"kind":', 'BAD_JSON'],
  ])('refuses %s with {"error"} and exit 2', async (json, expected) => {
    const { code, stdout } = await cli('fee', 'quote', '--json', json);
    expect(code).toBe(2);
    const { error } = JSON.parse(stdout) as { error: { code: string; message: string } };
    expect(error.code).toBe(expected);
    expect(error.message).toMatch(/^[A-Z].+\.$/); // a sentence in English, not a key
  });
});

describe('cli config', () => {
  it('sets a value the kiosk then reads, and refuses an invalid one naming the field', async () => {
    expect((await cli('config', 'set', '{"fees":{"bases":{"divorce":200}}}')).code).toBe(0);
    expect((await cli('fee', 'quote', '--json', '{"kind":"divorce"}')).stdout).toContain('"fee":"200.00"');
    const refused = await cli('config', 'set', '{"fees":{"bases":{"divorce":400}}}');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('fees.bases.divorce');
    expect(JSON.parse((await cli('config', 'get')).stdout)).toMatchObject({ fees: { bases: { divorce: 200 } } });
  });
});

// For courts' reviewers: the engine on a day of their choosing, answers by the ids of main/services/risk/README.md.
// One real process each; the refusals are in cli-json-commands.test.ts, in-process.
describe('cli risk assess', () => {
  it('prints the report: limitation with its last day and articles, findings with id, severity and article, the path', async () => {
    const input = {
      caseType: 'labour',
      answers: { claimKind: 'overtime', employmentStatus: 'ended', employmentEndDate: '2025-10-01', arbitrationStage: 'none' },
      today: '2026-11-23',
    };
    const { code, stdout } = await cli('risk', 'assess', '--json', JSON.stringify(input));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      asOf: string;
      limitation: Record<string, unknown>;
      findings: { id: string; severity: string; article: string }[];
      path: { recommended: string };
    };
    expect(report.asOf).toBe('2026-11-23');
    // Overtime is remuneration (仲裁法 27(4)): from leaving, to National Day, run on to 10-08 (CC 203).
    expect(report.limitation).toMatchObject({
      status: 'expired',
      lastDay: '2026-10-08',
      rolledFrom: '2026-10-01',
      articles: expect.arrayContaining(['《劳动争议调解仲裁法》第二十七条第四款', '《民法典》第二百零三条']),
    });
    expect(report.findings.map(({ id, severity, article }) => ({ id, severity, article }))).toEqual([
      { id: 'arbitrationFirst', severity: 'high', article: '《劳动争议调解仲裁法》第五条' },
      { id: 'arbitrationLimitationExpired', severity: 'high', article: '《劳动争议调解仲裁法》第二十七条第一款' },
    ]);
    expect(report.path.recommended).toBe('labourArbitration');
  });
});

describe('cli relief screen', () => {
  it('prints what relief is open to an organisation and why: reduction and deferral, never waiver (办法 Arts 44, 46(3), 47(4))', async () => {
    const { code, stdout } = await cli(
      'relief',
      'screen',
      '--json',
      '{"naturalPerson":false,"grounds":["welfareInstitution","otherHardship","subsistenceAllowance"]}',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      eligible: true,
      options: [
        { relief: 'reduce', articles: ['《诉讼费用交纳办法》第四十六条第（三）项'], minimumPercent: 30 },
        { relief: 'defer', articles: ['《诉讼费用交纳办法》第四十七条第（四）项'] },
      ],
      grounds: [
        { ground: 'welfareInstitution', open: true },
        { ground: 'otherHardship', open: true },
        { ground: 'subsistenceAllowance', relief: 'waive', open: false },
      ],
    });
  });
});
