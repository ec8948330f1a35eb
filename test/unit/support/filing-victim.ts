// A kiosk process that keeps filing cases, each with a scanned page of evidence, until it is killed.
// It prints "RECEIPT <no> <filingId>" only once filing.submit has answered, as the screen would.
// Started by spawnTs(), which bundles it: filing-victim.ts <dataDir>
import { createKiosk } from '../../../main/services/kiosk';
import { EVIDENCE_IOU, lendingSubmission } from '../services/filing/filing-samples';
const appRoot = process.env.KIOSK_APP_ROOT ?? '';

async function main([dataDir = '']: string[]) {
  const kiosk = await createKiosk({ dataDir, appRoot, shell: 'browser', version: 'test', log: () => undefined, simulatedDeviceDelayMs: 0 });
  const { handlers } = kiosk;
  for (;;) {
    // One filing per visit, as at the kiosk (a repeat within a visit is answered with the first filing).
    await handlers['session.start']({ language: 'zh-CN' });
    const { pages } = await handlers['devices.scan']({ source: 'camera' });
    await handlers['evidence.addPage']({ evidenceId: EVIDENCE_IOU, scanId: pages[0]!.scanId });
    const receipt = await handlers['filing.submit'](lendingSubmission());
    process.stdout.write(`RECEIPT ${receipt.receiptNo} ${receipt.filingId}\n`);
  }
}

void main(process.argv.slice(2));
