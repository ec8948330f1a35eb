// Evaluates a rule set's conditions on the answers and the facts worked out from them, keeping the
// answers each test looked at so every finding can say why it was made.
import type { RiskAnswers, RiskCondition, RiskFact } from '../../../contract';
import { parseYuan, type Exact } from '../fees/money';
import { periodLastDay, type IsoDate } from './limitation';

export interface RiskReason {
  question: string | null;
  fact: RiskFact | null;
  answer: boolean | string | null;
}

export interface ConditionContext {
  answers: RiskAnswers;
  facts: ReadonlySet<RiskFact>;
  asOf: IsoDate;
  /** A constant's figure in force on a day; null before a series begins. */
  constant(name: string, on: IsoDate): Exact | null;
}

export interface Outcome {
  holds: boolean;
  because: RiskReason[];
}

const asked = (ctx: ConditionContext, q: string): RiskReason => ({ question: q, fact: null, answer: ctx.answers[q] ?? null });

function leaf(c: Extract<RiskCondition, { q: string }>, ctx: ConditionContext): boolean {
  const answer = ctx.answers[c.q];
  if ('answered' in c) return (answer !== undefined) === c.answered;
  if (answer === undefined) return false;
  if ('is' in c) return answer === c.is;
  if ('in' in c) return typeof answer === 'string' && c.in.includes(answer);
  if ('above' in c) {
    const on = typeof c.above !== 'string' && c.above.on !== undefined ? ctx.answers[c.above.on] : undefined;
    const limit = typeof c.above === 'string' ? parseYuan(c.above) : ctx.constant(c.above.constant, typeof on === 'string' ? on : ctx.asOf);
    return typeof answer === 'string' && limit !== null && parseYuan(answer, c.q).cmp(limit) > 0;
  }
  if ('before' in c) return typeof answer === 'string' && answer < c.before;
  // At least n months have passed: the date n months on (Art 202's corresponding day) is today or earlier.
  return typeof answer === 'string' && periodLastDay(answer, { months: c.monthsAgoAtLeast }) <= ctx.asOf;
}

export function evaluate(c: RiskCondition, ctx: ConditionContext): Outcome {
  if ('q' in c) {
    const on = 'above' in c && typeof c.above !== 'string' ? c.above.on : undefined;
    return { holds: leaf(c, ctx), because: [asked(ctx, c.q), ...(on !== undefined ? [asked(ctx, on)] : [])] };
  }
  if ('fact' in c) return { holds: ctx.facts.has(c.fact), because: [{ question: null, fact: c.fact, answer: null }] };
  if ('always' in c) return { holds: true, because: [] };
  if ('not' in c) {
    const inner = evaluate(c.not, ctx);
    return { holds: !inner.holds, because: inner.because };
  }
  const outcomes = ('all' in c ? c.all : c.any).map((part) => evaluate(part, ctx));
  // A question tested twice (a date guard and a rate on that date) is one reason, said once.
  if ('all' in c)
    return {
      holds: outcomes.every((o) => o.holds),
      because: outcomes.flatMap((o) => o.because).filter((r, i, all) => all.findIndex((s) => s.question === r.question && s.fact === r.fact) === i),
    };
  const first = outcomes.find((o) => o.holds);
  return first ?? { holds: false, because: outcomes.flatMap((o) => o.because) };
}
