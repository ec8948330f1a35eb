// Child process of the receipts bench: one render in a fresh process, so the font is read and
// parsed and every code path is cold. Prints {ms, bytes} as JSON.
import { performance } from 'node:perf_hooks';
import { loadDefaultConfig } from '../../main/services/config/config-store';
import { resourcePaths } from '../../main/services/resource-paths';
import { ReceiptService } from '../../main/services/receipts/receipt-service';
import type { ReceiptKind } from '../../contract';
import type { PageSizeName } from '../../main/services/receipts/page-sizes.data';

const [kind, size, root] = process.argv.slice(2) as [ReceiptKind, PageSizeName, string];
const paths = resourcePaths(root);
const service = new ReceiptService({
  fonts: paths.receiptFonts,
  localesDir: paths.locales,
  clock: { now: () => new Date('2026-11-23T09:00:00Z') },
  config: async () => loadDefaultConfig(paths.defaultConfig),
});
const started = performance.now();
void service.render(kind, service.sample(kind), { language: 'zh-CN', size }).then((doc) => {
  console.log(JSON.stringify({ ms: performance.now() - started, sinceProcessStart: performance.now(), bytes: doc.pdf.length }));
});
