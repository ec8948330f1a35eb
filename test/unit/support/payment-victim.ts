// A kiosk process that starts one payment and is then killed by the crash test at a chosen state.
// Started by spawnTs(), which bundles it: payment-victim.ts <dataDir> <card-wait-ms> <court-down: yes|no>
import { createKiosk } from '../../../main/services/kiosk';
import { reply } from './contract-call';
const appRoot = process.env.KIOSK_APP_ROOT ?? '';

async function main([dataDir = '', cardWaitMs = '0', courtDown = 'no']: string[]) {
  const kiosk = await createKiosk({ dataDir, appRoot, shell: 'browser', version: 'test', simulatedPayerDelayMs: Number(cardWaitMs), log: () => undefined });
  await reply(kiosk, 'fees.pay', { caseNumber: '（2026）粤0703民初1234号', payerIdNumber: '11010519491231002X', method: 'card' });
  // The court drops off while the card is in: the taken payment cannot be booked before the kill.
  if (courtDown === 'yes') await reply(kiosk, 'config.set', { patch: { courtEndpoint: { url: 'http://127.0.0.1:9/court' } } });
  setInterval(() => undefined, 1000); // stay alive until killed
}

void main(process.argv.slice(2));
