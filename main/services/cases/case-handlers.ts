// A case's progress and the case types the kiosk knows.
import { handlerSet } from '../handler-table';
import type { CaseProgress } from './case-progress';
import type { CaseTypeCatalogue } from './catalogue';

export const caseHandlers = ({ caseProgress, catalogue }: { caseProgress: CaseProgress; catalogue: CaseTypeCatalogue }) =>
  handlerSet({
    'cases.status': ({ caseNumber, idNumber }) => caseProgress.status(caseNumber, idNumber),
    'cases.receipt': ({ receiptNo, secondFactor }) => caseProgress.receipt(receiptNo, secondFactor),
    'catalogue.caseTypes': async () => ({ types: [...catalogue.types] }),
  });
