// The bench's baseline document: the sample filing receipt (80 mm) written as plain HTML with the
// same text, QR and CJK font, as a Chromium-printed kiosk would make it.
import { readFileSync } from 'node:fs';
import { qrPath } from '../../main/services/receipts/qr';
import type { ReceiptService } from '../../main/services/receipts/receipt-service';

export async function receiptHtml(service: ReceiptService): Promise<string> {
  const doc = await service.render('filing-receipt', service.sample('filing-receipt'), { language: 'zh-CN', size: '80mm' });
  const text = (await import('node:child_process')).execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(doc.pdf) }).toString();
  const qr = qrPath(doc.verifyUrl);
  const font = readFileSync(require.resolve('../../resources/fonts/wqy-microhei.ttf')).toString('base64');
  const lines = text.split('\n').map((l) => `<div>${l.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;') || '&nbsp;'}</div>`);
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
@font-face { font-family: K; src: url(data:font/ttf;base64,${font}); }
@page { size: 80mm 230mm; margin: 3mm 4mm; }
body { font: 9pt/1.5 K; margin: 0; } div:nth-child(2) { font-size: 14pt; font-weight: bold; text-align: center; }
</style><body>${lines.join('')}<svg viewBox="-4 -4 ${qr.modules + 8} ${qr.modules + 8}" width="104pt" height="104pt"><path d="${qr.path}"/></svg></body></html>`;
}
