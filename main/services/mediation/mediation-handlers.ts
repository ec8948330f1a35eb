// Pre-suit mediation over the contract: the organisations, the request, and its two papers.
import { handlerSet } from '../handler-table';
import type { PrintService } from '../printing/print-service';
import type { ReceiptService } from '../receipts/receipt-service';
import type { MediationService } from './mediation-service';

export interface MediationHandlerDeps {
  mediation: MediationService;
  receipts: ReceiptService;
  printing: PrintService;
}

export const mediationHandlers = ({ mediation, receipts, printing }: MediationHandlerDeps) =>
  handlerSet({
    'mediation.organisations': async ({ caseType }) => ({ organisations: await mediation.organisations(caseType) }),
    'mediation.submit': (request) => mediation.submit(request),
    'print.mediation': async ({ requestId, language }) => {
      const documents = await mediation.documents(requestId, language);
      const application = await receipts.render('mediation-application', documents.application, { language });
      const receipt = await receipts.render('mediation-receipt', documents.receipt, { language });
      // The receipt first: it is the litigant's to keep, the application goes to the counter.
      return { jobs: [await printing.submit(receipt), await printing.submit(application)] };
    },
  });
