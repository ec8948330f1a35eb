// The acceptance fee (案件受理费) of a filing made at the terminal, reckoned from the terminal's own
// fee schedule and settings: what the demo court puts on the fee notice it issues when it registers
// the filing, so the litigant can pay before leaving.
import type { FeeNotice, TerminalConfig } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import type { FiledForFees } from '../court/demo-court';
import { estimateFee } from './fee-estimate';

const ACCEPTANCE_FEE = { 'zh-CN': '案件受理费', en: 'Case acceptance fee' };

export function filingFeeItems(catalogue: CaseTypeCatalogue, fees: () => Promise<TerminalConfig['fees']>) {
  return async (filing: FiledForFees): Promise<FeeNotice['items']> => {
    const kind = catalogue.get(filing.caseType).feeKind;
    const amount = filing.claimAmountFen === null ? null : (filing.claimAmountFen / 100).toFixed(2);
    let fee: string;
    try {
      fee = estimateFee(kind, amount, await fees()).quote.fee;
    } catch {
      // A fee the terminal cannot reckon (a province figure not set) is left to the court's counter.
      return [];
    }
    const amountFen = Math.round(Number(fee) * 100);
    return amountFen > 0 ? [{ kind, label: ACCEPTANCE_FEE, amountFen }] : [];
  };
}
