// Online filing over the contract: elements, preview, submission, resuming a draft, the visit's
// scanned evidence, and the filing's papers. The scanner's pages belong here because a scan is kept
// only as evidence of the visit's filing.
import type { TerminalConfig } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import type { Scanner } from '../devices/scanner';
import { handlerSet } from '../handler-table';
import { createTranslator } from '../i18n/translator';
import type { PrintService } from '../printing/print-service';
import type { ReceiptService } from '../receipts/receipt-service';
import type { EvidenceStore } from './evidence-store';
import type { FilingDrafts } from './filing-drafts';
import { printFiling, type FilingPrintDeps } from './filing-papers';
import type { FilingService } from './filing-service';

export interface FilingHandlerDeps {
  filing: FilingService;
  filingDrafts: FilingDrafts;
  evidence: EvidenceStore;
  scanner: Scanner;
  catalogue: CaseTypeCatalogue;
  config: () => Promise<TerminalConfig>;
  /** The visit under way, if any. */
  currentVisit: () => Promise<string | null>;
  localesDir: string;
  receipts: ReceiptService;
  printing: PrintService;
}

export function filingHandlers(deps: FilingHandlerDeps) {
  const { filing, filingDrafts, evidence, scanner, receipts, printing } = deps;
  const prints: FilingPrintDeps = {
    filed: (filingId) => filing.filed(filingId),
    filingPages: (filingId) => evidence.filingPages(filingId),
    catalogue: deps.catalogue,
    timeZone: async () => (await deps.config()).timeZone,
    translator: (language) => createTranslator(deps.localesDir, language),
    render: (kind, input, language, issuedAt, appendix) => receipts.render(kind, input, { language, issuedAt, ...(appendix ? { appendix } : {}) }),
    print: (doc) => printing.submit(doc),
  };
  return handlerSet({
    'filing.elements': async ({ caseType }) => filing.elements(caseType),
    'filing.courts': async () => ({ courts: await filing.courts() }),
    'filing.preview': (draft) => filing.preview(draft),
    'filing.submit': (submission) => filing.submit(submission),
    'filing.resumeCode': ({ idNumber }) => filingDrafts.resumeCode(idNumber),
    'filing.resume': (query) => filingDrafts.resume(query),
    'devices.scan': async ({ source }) => {
      const visit = await filingDrafts.requireSession();
      return { pages: await evidence.keepScans(visit, await scanner.scan(source)) };
    },
    'evidence.addPage': async ({ evidenceId, scanId }) => evidence.addPage(await filingDrafts.requireSession(), evidenceId, scanId),
    'evidence.pages': async () => evidence.pages(await deps.currentVisit()),
    'evidence.removePage': async ({ pageId }) => evidence.removePage(await filingDrafts.requireSession(), pageId),
    'evidence.reorder': async ({ evidenceId, pageIds }) => evidence.reorder(await filingDrafts.requireSession(), evidenceId, pageIds),
    'print.filing': async ({ filingId, language }) => ({ jobs: await printFiling(prints, filingId, language) }),
  });
}
