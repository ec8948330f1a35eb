// Evaluates a rule set's conditions on the answers and the facts worked out from them, keeping the
// answers each test looked at so every finding can say why it was made.
import type { RiskAnswers, RiskCondition, RiskFact } from '../../../contract';
import type { RestDays } from '../calendar/rest-days';
import { parseYuan, type Exact } from '../fees/money';
import { monthPeriodEnd, periodLastDay, type IsoDate, type PeriodEnd } from './limitation';

export interface RiskReason {
  question: string | null;
  fact: RiskFact | null;
  answer: boolean | string | null;
  /** The period counted from this answer, when a condition counted one (its last day is the "why"). */
  period?: PeriodEnd;
}

export interface ConditionContext {
  answers: RiskAnswers;
  facts: ReadonlySet<RiskFact>;
  asOf: IsoDate;
  /** A constant's figure in force on a day; null before a series begins. */
  constant(name: string, on: IsoDate): Exact | null;
  /** The national calendar, for a period whose last day falls on a rest day (Civil Code Art 203, CPL Art 85). */
  restDays: RestDays;
}

export interface Outcome {
  holds: boolean;
  because: RiskReason[];
}

const asked = (ctx: ConditionContext, q: string): RiskReason => ({ question: q, fact: null, answer: ctx.answers[q] ?? null });

type Leaf = Extract<RiskCondition, { q: string }>;

function leaf(c: Exclude<Leaf, { periodEnded: unknown }>, ctx: ConditionContext): boolean {
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

/** Over once today is after the period's last day, rolled off a rest day; on that day it still runs. */
function periodLeaf(c: Extract<Leaf, { periodEnded: unknown }>, ctx: ConditionContext): Outcome {
  const answer = ctx.answers[c.q];
  if (typeof answer !== 'string') return { holds: false, because: [asked(ctx, c.q)] };
  const period = monthPeriodEnd(answer, c.periodEnded.months, c.periodEnded.law, ctx.restDays);
  return { holds: ctx.asOf > period.lastDay, because: [{ ...asked(ctx, c.q), period }] };
}

export function evaluate(c: RiskCondition, ctx: ConditionContext): Outcome {
  if ('periodEnded' in c) return periodLeaf(c, ctx);
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
  // A question tested twice (a date guard and a rate on that date) is one reason, said once — with
  // the period counted from it, when one of the tests counted one.
  if ('all' in c) {
    const reasons = outcomes.flatMap((o) => o.because);
    const same = (r: RiskReason, s: RiskReason) => s.question === r.question && s.fact === r.fact;
    return {
      holds: outcomes.every((o) => o.holds),
      because: reasons.filter((r, i) => reasons.findIndex((s) => same(r, s)) === i).map((r) => reasons.find((s) => same(r, s) && s.period !== undefined) ?? r),
    };
  }
  const first = outcomes.find((o) => o.holds);
  return first ?? { holds: false, because: outcomes.flatMap((o) => o.because) };
}
