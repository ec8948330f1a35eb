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
