// A fee estimate as the litigant sees it and takes it away on paper: the fee as claimed, what it
// comes to if halved (mediation, Art 15; simplified or small-claims procedure, Art 16), and
// whether the amount goes to small claims (CPL Art 165). Every figure comes from quoteFee.
import type { CaseType, FeeKind, TerminalConfig } from '../../../contract';
import { courtDate } from '../clock';
import { halvable, parseFeeRequest, quoteFee, type FeeQuote } from './fee-calculator';
import { feeKinds } from './fee-kinds';
import { FEE_PAYMENT_TIMING } from './fee-payment-timing.data';
import { smallClaimsEligibility, type SmallClaimsAnswer } from './small-claims';

export interface FeeEstimate {
  kind: FeeKind;
  /** Yuan as typed; null when the case is charged per case. */
  amount: string | null;
  /** The case-acceptance fee (案件受理费) or an application fee (申请费, Art 14). */
  feeType: 'acceptance' | 'application';
  quote: FeeQuote;
  /** Null for application fees, which are never halved. */
  mediated: FeeQuote | null;
  simplified: FeeQuote | null;
  /** Null when the fee is not priced by a money claim. */
  smallClaims: SmallClaimsAnswer['eligibility'] | null;
  /** When the fee is paid, where the law does not ask for it in advance (Art 20); null when it does. */
  paymentTiming: { noteKey: string; article: string } | null;
}

export function estimateFee(kind: FeeKind, amount: string | null, fees: TerminalConfig['fees']): FeeEstimate {
  const info = feeKinds().find((k) => k.kind === kind)!;
  const quote = (halving: Record<string, boolean> = {}) => {
    // A kind priced by the amount or per case is asked per case explicitly (Art 13(3), Art 14(1)–(2)).
    const options = { ...halving, ...(amount === null && info.amount === 'orNoAmount' ? { noAmount: true } : {}) };
    return quoteFee(parseFeeRequest({ kind, ...(amount === null ? {} : { amount }), options }), fees.bases, fees.practice);
  };
  return {
    kind,
    amount,
    feeType: info.halvable ? 'acceptance' : 'application',
    quote: quote(),
    // A failed jurisdiction objection's fee is halved only where the court's practice says so.
    mediated: halvable(kind, fees.practice) ? quote({ mediation: true }) : null,
    simplified: halvable(kind, fees.practice) ? quote({ simplified: true }) : null,
    // Small claims hears money-payment cases (CPL Art 165); personal-status claims never go there (Art 166).
    smallClaims: amount === null || kind !== 'property' ? null : smallClaimsEligibility(amount, fees).eligibility,
    paymentTiming: FEE_PAYMENT_TIMING[kind] ?? null,
  };
}

/**
 * The printed estimate's input. An estimate is nobody's record, so its number is only the terminal
 * and the court's local time to the second: enough to tell two printouts apart.
 */
export function feeEstimateDocument(estimate: FeeEstimate, caseType: CaseType, language: string, terminalId: string, at: Date, timeZone: string) {
  const local = new Intl.DateTimeFormat('en-CA', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(at)
    .replaceAll(':', '');
  const pick = (text: CaseType['name']) => text[language] ?? text['zh-CN'];
  return {
    estimateNo: `${terminalId}-GS-${courtDate(at, timeZone).replaceAll('-', '')}-${local}`,
    caseType: pick(caseType.plain),
    legalName: pick(caseType.name),
    amount: estimate.amount,
    feeType: estimate.feeType,
    fee: estimate.quote.fee,
    breakdown: estimate.quote.breakdown,
    mediated: estimate.mediated?.fee ?? null,
    simplified: estimate.simplified?.fee ?? null,
    smallClaims: estimate.smallClaims,
    paymentTiming: estimate.paymentTiming,
  };
}
