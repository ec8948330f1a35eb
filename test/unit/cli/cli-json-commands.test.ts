// The CLI's --json commands refusing bad input, in-process over a real kiosk (the real process is
// cli.test.ts): {"error": {code, message, details}} on stdout, in English, and exit 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliGroup } from '../../../main/cli/command';
import { reliefCommand } from '../../../main/cli/relief-command';
import { riskCommand } from '../../../main/cli/risk-command';
import { tempKiosk } from '../support/temp-kiosk';

let kiosk: Awaited<ReturnType<typeof tempKiosk>>;
beforeAll(async () => (kiosk = await tempKiosk()));
afterAll(() => kiosk.dispose());

async function run(group: CliGroup, ...args: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await group.run({ args, openKiosk: async () => kiosk, out: (t) => out.push(t), err: () => undefined });
  return { code, out };
}

describe('risk assess', () => {
  it.each([
    ['{"caseType":"labour","answers":{"claimKind":"bonus"}}', 'RISK_INVALID_ANSWER', { question: 'claimKind' }],
    ['{"caseType":"labour","answers":{"shoeSize":"42"}}', 'RISK_UNKNOWN_QUESTION', { question: 'shoeSize' }],
    ['{"caseType":"dragons","answers":{}}', 'UNKNOWN_CASE_TYPE', undefined],
    ['{"caseType":"labour","today":"2026-13-01"}', 'INVALID_INPUT', { field: 'today' }],
    ['{"caseType":"labour","answers":{},"asOf":"2026-11-23"}', 'INVALID_INPUT', undefined],
    ['{"caseType":', 'BAD_JSON', undefined],
  ])('refuses %s with {"error"} and exit 2', async (json, expected, details) => {
    const { code, out } = await run(riskCommand, 'assess', '--json', json);
    expect(code).toBe(2);
    const { error } = JSON.parse(out[0]!) as { error: { code: string; message: string; details?: unknown } };
    expect(error).toMatchObject({ code: expected, message: expect.stringMatching(/^[A-Z].+\.$/) });
    if (details) expect(error.details).toMatchObject(details);
  });

  it('assesses on the day given, so a reviewer’s case does not change with the calendar', async () => {
    const json = JSON.stringify({ caseType: 'private_lending', answers: { dueDate: '2023-06-21', lastDemandDate: '2026-06-22' }, today: '2026-06-22' });
    const { code, out } = await run(riskCommand, 'assess', '--json', json);
    expect(code).toBe(0);
    // The demand on the rolled-over Monday interrupts (CC 195, 203).
    expect(JSON.parse(out[0]!)).toMatchObject({ asOf: '2026-06-22', limitation: { status: 'running', lastDay: '2029-06-22', daysLeft: 1096 } });
  });

  it('explains its usage without --json', async () => {
    expect((await run(riskCommand, 'assess', '{}')).code).toBe(2);
  });
});

describe('relief screen', () => {
  it.each([
    ['{"naturalPerson":"yes","grounds":[]}', 'INVALID_INPUT'],
    ['{"naturalPerson":true,"grounds":["rich"]}', 'INVALID_INPUT'],
    ['[', 'BAD_JSON'],
  ])('refuses %s with {"error"} and exit 2', async (json, expected) => {
    const { code, out } = await run(reliefCommand, 'screen', '--json', json);
    expect(code).toBe(2);
    expect((JSON.parse(out[0]!) as { error: { code: string } }).error.code).toBe(expected);
  });

  it('answers a natural person’s waiver with its article', async () => {
    const { out } = await run(reliefCommand, 'screen', '--json', '{"naturalPerson":true,"grounds":["subsistenceAllowance"]}');
    expect(JSON.parse(out[0]!)).toMatchObject({ eligible: true, options: [{ relief: 'waive', articles: ['《诉讼费用交纳办法》第四十五条第（三）项'] }] });
  });
});
