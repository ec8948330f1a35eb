// The admin console's two checks of the terminal's connections: can the court be reached, and does
// a printer print. Each reports what went wrong in words the console can show next to the setting.
import type { CourtTest, PrinterTest, TerminalConfig } from '../../../contract';
import type { Clock } from '../clock';
import type { CourtGateway } from '../court/court-gateway';
import { createTranslator } from '../i18n/translator';
import type { PrinterRole } from '../printing/print-service';
import { PrintFailed, type Printer } from '../printing/printer';
import { formatDateTime } from '../receipts/documents/document';
import { typefaceFor, type ReceiptFonts } from '../receipts/font';
import { layoutDocument } from '../receipts/layout';
import { PAGE_SIZES } from '../receipts/page-sizes.data';
import { renderPdf } from '../receipts/render-pdf';

/**
 * An empty batch is a complete round trip of the court protocol (court/README.md) that books
 * nothing, so the test proves the endpoint answers the way the outbox needs without side effects.
 */
export async function testCourtConnection(court: CourtGateway, clock: Clock): Promise<CourtTest> {
  const started = clock.now().getTime();
  try {
    await court.submit([]);
    return { court: court.kind, reachable: true, millis: clock.now().getTime() - started };
  } catch {
    return { court: court.kind, reachable: false, millis: clock.now().getTime() - started };
  }
}

export interface PrinterTestDeps {
  clock: Clock;
  config: TerminalConfig;
  fonts: ReceiptFonts;
  localesDir: string;
  language: string;
  /** How long the printer has before the test counts as failed. */
  timeoutMs: number;
}

/** Prints one short page naming the terminal, printer and time, straight to the printer (no queue: nothing to reprint). */
export async function testPrinter(printer: Printer, role: PrinterRole, deps: PrinterTestDeps): Promise<PrinterTest> {
  const t = createTranslator(deps.localesDir, deps.language);
  const size = role === 'receipt' ? '80mm' : 'a4';
  const now = deps.clock.now();
  const court = deps.config.court.name[deps.language] ?? deps.config.court.name['zh-CN'];
  const rt = (key: string, values?: Record<string, unknown>) => t(`receipts.${key}`, values);
  const font = typefaceFor(deps.fonts, PAGE_SIZES[size].face);
  const pages = layoutDocument(
    {
      blocks: [
        { kind: 'title', over: court, text: t('admin.printerTest.pageTitle') },
        {
          kind: 'fields',
          rows: [
            { label: t('admin.printerTest.terminal'), value: deps.config.terminalId },
            { label: t('admin.printerTest.printer'), value: printer.name ?? t('admin.printers.folder') },
            { label: t('admin.printerTest.time'), value: formatDateTime(rt, now, deps.config.timeZone) },
          ],
        },
        { kind: 'paragraph', text: t('admin.printerTest.body') },
      ],
      footer: deps.config.terminalId,
      pageLabel: (page, total) => rt('common.pageLabel', { page, total }),
    },
    PAGE_SIZES[size],
    font,
  );
  const title = t('admin.printerTest.pageTitle');
  const pdf = await renderPdf(pages, font, { title, language: deps.language, author: court, subject: title, keywords: [deps.config.terminalId], date: now });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    await Promise.race([
      printer.print(
        { pdf, title, paper: size, lengthMm: (pages[0]!.height * 25.4) / 72, fileName: `printer-test-${role}-${now.getTime()}` },
        controller.signal,
      ),
      new Promise((_, reject) =>
        controller.signal.addEventListener('abort', () => reject(new PrintFailed('timeout', 'printer test timed out')), { once: true }),
      ),
    ]);
    return { role, printer: printer.name, printed: true, failure: null };
  } catch (err) {
    return { role, printer: printer.name, printed: false, failure: err instanceof PrintFailed ? err.reason : 'error' };
  } finally {
    clearTimeout(timer);
  }
}
