// `cli hub`: enrolling a terminal by script with the hub's address and a one-time code, as an IT
// team provisions a row of terminals; a refused code is said plainly and changes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../support/cli-run';
import { tempDir } from '../support/temp-kiosk';
import { startTempHub, type TempHub } from '../hub/support/temp-hub';

let h: TempHub;
const data = tempDir();
beforeAll(async () => {
  h = await startTempHub('pglite');
}, 60_000);
afterAll(async () => {
  await h.close();
  data.remove();
});

it('enrols with a one-time code, says why a code is refused, and shows the link', async () => {
  const refused = await runCli(data.dir, 'hub', 'enrol', '--url', h.url, '--code', 'AAAA-BBBB-CCCC');
  expect(refused.code).toBe(2);
  expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'HUB_CODE_REFUSED', message: expect.stringContaining('not valid') });
  expect(JSON.parse((await runCli(data.dir, 'hub', 'status')).stdout)).toMatchObject({ enrolled: false });

  const code = await h.hub.newEnrolmentCode('terminal', { site: '辽宁·沈阳 诉讼服务中心', group: 'centre' });
  const enrolled = await runCli(data.dir, 'hub', 'enrol', '--url', h.url, '--code', code);
  expect(enrolled.code).toBe(0);
  expect(JSON.parse(enrolled.stdout)).toMatchObject({ enrolled: true, hubUrl: h.url, site: '辽宁·沈阳 诉讼服务中心', group: 'centre' });
  // Enrolling reported at once: the hub already has its heartbeat.
  expect((await h.hub.terminals.list())[0]).toMatchObject({ id: 'KIOSK-01', heartbeat: expect.objectContaining({ softwareVersion: expect.any(String) }) });
}, 60_000);
