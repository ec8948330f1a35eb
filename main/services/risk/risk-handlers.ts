// The litigation-risk interview over the contract: questions, assessment, record, and its papers.
import { handlerSet } from '../handler-table';
import type { PrintService } from '../printing/print-service';
import type { ReceiptService } from '../receipts/receipt-service';
import type { RiskRecords } from './risk-records';
import type { RiskService } from './risk-service';

export interface RiskHandlerDeps {
  risk: RiskService;
  riskRecords: RiskRecords;
  receipts: ReceiptService;
  printing: PrintService;
}

export const riskHandlers = ({ risk, riskRecords, receipts, printing }: RiskHandlerDeps) =>
  handlerSet({
    'risk.ruleSet': async () => risk.questions(),
    'risk.assess': ({ caseType, answers }) => risk.assess(caseType, answers),
    'risk.record': ({ caseType, answers }) => riskRecords.record(caseType, answers),
    'risk.acknowledge': (acknowledgement) => riskRecords.acknowledge(acknowledgement),
    'print.riskReport': async ({ reportId, language }) => {
      const { input, issuedAt } = await riskRecords.reportDocument(reportId, language);
      return printing.submit(await receipts.render('risk-report', input, { language, issuedAt }));
    },
    'print.riskNotice': async ({ reportId, language }) => {
      const { input, issuedAt } = await riskRecords.noticeDocument(reportId, language);
      return printing.submit(await receipts.render('risk-notice', input, { language, issuedAt }));
    },
  });
