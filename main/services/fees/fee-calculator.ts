// Court fees by the national schedule: reads FEE_SCHEDULE, never hard-codes a figure. Every
// refusal is a KioskError with a stable code, and every quote explains itself band by band.
import { KioskError } from '../errors';
import { FeeKind, HalvingGround, type FeePractice } from '../../../contract';
import { FEE_SCHEDULE, HALVING_ARTICLES, type Band, type Part, type Variant } from './fee-schedule.data';
import { Exact, FEN, parseYuan, YUAN } from './money';

export type Rounding = 'fen' | 'yuan';

export interface FeeRequest {
  kind: FeeKind;
  amount: Exact | null;
  base: Exact | null;
  halving: HalvingGround[];
  noAmount: boolean;
  rounding: Rounding;
}

export type FeeStep =
  | { step: 'band'; article: string; from: string; to: string | null; rate: string; amount: string; fee: string }
  | { step: 'flat'; article: string; fee: string }
  | { step: 'range'; article: string; min: string; max: string; source: 'input' | 'terminal'; fee: string }
  | { step: 'share'; article: string; share: string; fee: string }
  | { step: 'cap'; article: string; cap: string; fee: string }
  | { step: 'halved'; article: string; grounds: HalvingGround[]; fee: string }
  | { step: 'rounded'; rounding: Rounding; fee: string };

export interface FeeQuote {
  kind: FeeKind;
  fee: string;
  breakdown: FeeStep[];
}

/** The figures this province fixed inside the ranges of Art 13, from the terminal config. */
export type ProvinceBases = Partial<Record<FeeKind, number>>;

const HALVING_GROUNDS = HalvingGround.options;
const OPTION_KEYS = ['base', 'noAmount', 'rounding', ...HALVING_GROUNDS] as const;
const refuse = (code: string, key: string, details?: Record<string, unknown>) => new KioskError(code, `fees.quote.errors.${key}`, details);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a request as a script or the screen sends it; refuses rather than guesses. */
export function parseFeeRequest(raw: unknown): FeeRequest {
  if (!isObject(raw)) throw refuse('INVALID_INPUT', 'invalidInput', { field: '(input)' });
  const extra = Object.keys(raw).find((k) => !['kind', 'amount', 'options'].includes(k));
  if (extra !== undefined) throw refuse('INVALID_INPUT', 'invalidInput', { field: extra });
  const kind = raw.kind;
  const known = FeeKind.safeParse(kind);
  if (!known.success) throw refuse('UNKNOWN_KIND', 'unknownKind', { kind: String(kind) });
  const options = raw.options ?? {};
  if (!isObject(options)) throw refuse('INVALID_INPUT', 'invalidInput', { field: 'options' });
  const unknownOption = Object.keys(options).find((k) => !(OPTION_KEYS as readonly string[]).includes(k));
  if (unknownOption !== undefined) throw refuse('UNKNOWN_OPTION', 'unknownOption', { option: unknownOption });
  for (const flag of ['noAmount', ...HALVING_GROUNDS] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') throw refuse('INVALID_OPTION', 'invalidOption', { option: flag });
  }
  const rounding = options.rounding ?? 'fen';
  if (rounding !== 'fen' && rounding !== 'yuan') throw refuse('INVALID_OPTION', 'invalidOption', { option: 'rounding' });
  return {
    kind: known.data,
    amount: raw.amount === undefined ? null : parseYuan(raw.amount, 'amount'),
    base: options.base === undefined ? null : parseYuan(options.base, 'base'),
    halving: HALVING_GROUNDS.filter((g) => options[g] === true),
    noAmount: options.noAmount === true,
    rounding,
  };
}

function chooseVariant(request: FeeRequest): Variant {
  const rule = FEE_SCHEDULE[request.kind];
  if (request.noAmount) {
    if (!rule.withoutAmount) throw refuse('NO_AMOUNT_NOT_APPLICABLE', 'noAmountNotApplicable', { kind: request.kind });
    if (request.amount !== null) throw refuse('AMOUNT_NOT_APPLICABLE', 'amountNotApplicable', { kind: request.kind });
    return rule.withoutAmount;
  }
  if (request.amount !== null) {
    if (!rule.withAmount) throw refuse('AMOUNT_NOT_APPLICABLE', 'amountNotApplicable', { kind: request.kind });
    return rule.withAmount;
  }
  if (rule.withoutAmount && (!rule.withAmount || rule.amountOptional)) return rule.withoutAmount;
  throw refuse('AMOUNT_REQUIRED', 'amountRequired', { kind: request.kind });
}

const yuanText = (n: number) => Exact.yuan(n).toDecimal();

interface Priced {
  steps: FeeStep[];
  fee: Exact;
}

function bandSteps(bands: Band[], amount: Exact, article: string): Priced {
  const steps: FeeStep[] = [];
  let total = Exact.yuan(0);
  let from = Exact.yuan(0);
  for (const band of bands) {
    const top = band.upTo === null ? null : Exact.yuan(band.upTo);
    // The first band's flat fee is due on any amount, 0 included (docs/RULES.md §1, open item 8).
    if ('flat' in band) {
      steps.push({ step: 'flat', article, fee: yuanText(band.flat) });
      total = total.add(Exact.yuan(band.flat));
    } else if (amount.cmp(from) > 0) {
      const inBand = (top === null ? amount : amount.min(top)).sub(from);
      const fee = inBand.mul(Exact.percent(band.rate));
      total = total.add(fee);
      if (fee.num !== 0n) {
        steps.push({
          step: 'band',
          article,
          from: from.toDecimal(),
          to: top?.toDecimal() ?? null,
          rate: `${band.rate}%`,
          amount: inBand.toDecimal(),
          fee: fee.toDecimal(),
        });
      }
    }
    if (top === null || amount.cmp(top) <= 0) break;
    from = top;
  }
  return { steps, fee: total };
}

function priceOf(part: Part, request: FeeRequest, bases: ProvinceBases): Priced {
  switch (part.part) {
    case 'flat':
      return { steps: [{ step: 'flat', article: part.article, fee: yuanText(part.yuan) }], fee: Exact.yuan(part.yuan) };
    case 'bands':
      return bandSteps(part.bands, request.amount ?? Exact.yuan(0), part.article);
    case 'range': {
      const configured = bases[request.kind];
      const base = request.base ?? (configured === undefined ? null : parseYuan(configured, 'base'));
      const range = { min: yuanText(part.min), max: yuanText(part.max) };
      if (base === null) throw refuse('BASE_REQUIRED', 'baseRequired', { kind: request.kind, ...range });
      if (base.cmp(Exact.yuan(part.min)) < 0 || base.cmp(Exact.yuan(part.max)) > 0)
        throw refuse('BASE_OUT_OF_RANGE', 'baseOutOfRange', { base: base.toDecimal(), ...range });
      return { steps: [{ step: 'range', article: part.article, ...range, source: request.base ? 'input' : 'terminal', fee: base.toDecimal() }], fee: base };
    }
  }
}

/** Today's court practice (terminal config fees.practice): the defaults a quote without a terminal uses. */
export const DEFAULT_PRACTICE: FeePractice = { halveOnce: true, smallClaimsHalved: true, jurisdictionObjectionHalvable: true };

/** Whether a kind's fee can be halved at all: only the case-acceptance fee (Arts 15, 16, 18), and a jurisdiction objection's as the court's practice says. */
export function halvable(kind: FeeKind, practice: FeePractice = DEFAULT_PRACTICE): boolean {
  return FEE_SCHEDULE[kind].fee === 'acceptance' && (kind !== 'jurisdiction_objection' || practice.jurisdictionObjectionHalvable);
}

export function quoteFee(request: FeeRequest, bases: ProvinceBases = {}, practice: FeePractice = DEFAULT_PRACTICE): FeeQuote {
  const variant = chooseVariant(request);
  if (request.base !== null && !variant.parts.some((p) => p.part === 'range')) throw refuse('BASE_NOT_APPLICABLE', 'baseNotApplicable', { kind: request.kind });
  if (request.halving.length > 0 && !halvable(request.kind, practice))
    throw refuse('HALVING_NOT_APPLICABLE', 'halvingNotApplicable', { kind: request.kind, grounds: request.halving });
  // A court that does not treat small claims as simplified procedure does not halve for it (docs/RULES.md §2, ~).
  const halving = request.halving.filter((g) => g !== 'smallClaims' || practice.smallClaimsHalved);

  const priced = variant.parts.map((part) => priceOf(part, request, bases));
  const breakdown = priced.flatMap((p) => p.steps);
  let fee = priced.reduce((sum, p) => sum.add(p.fee), Exact.yuan(0));
  if (variant.factor) {
    fee = fee.mul(Exact.of(BigInt(variant.factor.num), BigInt(variant.factor.den)));
    breakdown.push({ step: 'share', article: variant.factor.article, share: `${variant.factor.num}/${variant.factor.den}`, fee: fee.toDecimal() });
  }
  if (variant.cap && fee.cmp(Exact.yuan(variant.cap.yuan)) > 0) {
    fee = Exact.yuan(variant.cap.yuan);
    breakdown.push({ step: 'cap', article: variant.cap.article, cap: yuanText(variant.cap.yuan), fee: fee.toDecimal() });
  }
  if (halving.length > 0) {
    // Halved once however many grounds apply, unless the court's practice halves for each (docs/RULES.md §1, ~).
    fee = fee.div(Exact.yuan(2 ** (practice.halveOnce ? 1 : halving.length)));
    const articles = [...new Set(halving.map((g) => HALVING_ARTICLES[g]))].join('、');
    breakdown.push({ step: 'halved', article: articles, grounds: halving, fee: fee.toDecimal() });
  }
  // Rounded once, half-up, after every share, cap and halving (docs/RULES.md §1, open item 1).
  const rounded = fee.round(request.rounding === 'yuan' ? YUAN : FEN).toDecimal();
  breakdown.push({ step: 'rounded', rounding: request.rounding, fee: rounded });
  return { kind: request.kind, fee: rounded, breakdown };
}
