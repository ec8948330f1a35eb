// `cli receipt sample <kind> [--lang en] [--size 80mm|a4] --out FILE.pdf`: renders a document kind
// from its fictional sample input, to check a template or a printer's output by eye.
import { writeFile } from 'node:fs/promises';
import { ReceiptKind } from '../../contract';
import { PAGE_SIZE_NAMES, type PageSizeName } from '../services/receipts/page-sizes.data';
import type { CliGroup } from './command';
import { parseFlags } from './flags';

export const receiptCommand: CliGroup = {
  usage: `receipt sample <${ReceiptKind.options.join('|')}> [--lang en] [--size 80mm|a4] --out FILE.pdf`,
  async run({ args, openKiosk, out, err }) {
    const [command, kind, ...rest] = args;
    const flags = parseFlags(rest, ['lang', 'size', 'out']);
    const parsedKind = ReceiptKind.safeParse(kind);
    const size = flags?.size as PageSizeName | undefined;
    if (command !== 'sample' || !parsedKind.success || !flags?.out || (size !== undefined && !PAGE_SIZE_NAMES.includes(size))) {
      err(`usage: cli ${receiptCommand.usage}`);
      return 2;
    }
    const kiosk = await openKiosk();
    const sizes = kiosk.receipts.sizes(parsedKind.data);
    if (size !== undefined && !sizes.includes(size)) {
      err(`${parsedKind.data} is made in ${sizes.join(', ')} only`);
      return 2;
    }
    const doc = await kiosk.receipts.render(parsedKind.data, kiosk.receipts.sample(parsedKind.data), {
      language: flags.lang ?? 'zh-CN',
      ...(size ? { size } : {}),
    });
    await writeFile(flags.out, doc.pdf);
    out(`${flags.out}: ${doc.title} ${doc.documentNo}, ${doc.size}, ${doc.pages} page(s), ${doc.pdf.length} bytes`);
    return 0;
  },
};
