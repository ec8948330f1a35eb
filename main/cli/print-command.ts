// `cli print test [--printer NAME]`: an admin's printer test. Prints a sample filing receipt on the
// named CUPS printer (or the terminal's receipt printer) and waits for the outcome.
import type { CliGroup } from './command';
import { parseFlags } from './flags';

const TEST_TIMEOUT_MS = 60_000;

export const printCommand: CliGroup = {
  usage: 'print test [--printer NAME]',
  async run({ args, openKiosk, out, err }) {
    const [command, ...rest] = args;
    const flags = parseFlags(rest, ['printer']);
    if (command !== 'test' || !flags) {
      err(`usage: cli ${printCommand.usage}`);
      return 2;
    }
    const kiosk = await openKiosk();
    const printer = await kiosk.printerFor('receipt', flags.printer);
    const status = await printer.status();
    out(
      `printer: ${printer.name ?? 'save to folder'} — ${status.ready ? 'ready' : `not ready (${status.reason})`}${status.detail ? `\n${status.detail}` : ''}`,
    );
    if (!status.ready) return 1;
    const doc = await kiosk.receipts.render('filing-receipt', kiosk.receipts.sample('filing-receipt'), { language: 'zh-CN', size: '80mm' });
    try {
      await printer.print(
        { pdf: doc.pdf, title: `Printer test ${doc.documentNo}`, paper: doc.size, lengthMm: doc.heightMm, fileName: `printer-test-${doc.documentNo}` },
        AbortSignal.timeout(TEST_TIMEOUT_MS),
      );
    } catch (e) {
      err(`print failed: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
    out(`printed ${doc.title} ${doc.documentNo} (${doc.pdf.length} bytes)`);
    return 0;
  },
};
