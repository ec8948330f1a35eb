// The element-style complaints (要素式起诉状) of every case type, as data in
// resources/filing/elements/<caseType>.json: the elements asked, and the sentences the claims and
// the facts and reasons are assembled from. Validated once at start, like the risk rule set.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FilingElement } from '../../../contract';
import type { CaseTypeCatalogue } from '../cases/catalogue';
import { KioskError } from '../errors';

const ElementId = z.string().regex(/^[a-z][A-Za-z0-9]{0,47}$/);

/**
 * When a sentence is used: an answer given, an answer equal to a value, a date before a day, a
 * ceiling-checked rate above its ceiling (now, or for interest up to 2020-08-19), all of several,
 * any of several (an injury shown by any one of its cost answers), or the opposite of one.
 */
export type SentenceCondition =
  | { answered: string }
  | { element: string; is: boolean | string }
  | { element: string; before: string }
  | { aboveCeiling: string; period: 'current' | 'before2020' }
  | { all: SentenceCondition[] }
  | { any: SentenceCondition[] }
  | { not: SentenceCondition };
const SentenceCondition: z.ZodType<SentenceCondition> = z.lazy(() =>
  z.union([
    z.object({ answered: ElementId }).strict(),
    z.object({ element: ElementId, is: z.union([z.boolean(), ElementId]) }).strict(),
    z.object({ element: ElementId, before: z.iso.date() }).strict(),
    z.object({ aboveCeiling: ElementId, period: z.enum(['current', 'before2020']) }).strict(),
    z.object({ all: z.array(SentenceCondition).min(1) }).strict(),
    z.object({ any: z.array(SentenceCondition).min(1) }).strict(),
    z.object({ not: SentenceCondition }).strict(),
  ]),
);

/** A sentence in each language, with {placeholders} naming elements or the parties. */
const Sentence = z.object({ when: SentenceCondition.optional(), 'zh-CN': z.string().min(1), en: z.string().min(1) }).strict();
export type Sentence = z.infer<typeof Sentence>;
/** A claim: one sentence, or a sentence followed by clauses that are left out when unanswered. */
const Claim = z.union([Sentence, z.array(Sentence).min(1)]);
export type Claim = z.infer<typeof Claim>;

const ElementSet = z
  .object({
    caseType: z.string(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    source: z.string().min(1),
    elements: z.array(
      FilingElement.extend({
        /** A percent element checked against the private-lending interest ceiling, on the date of this element. */
        interestCeilingOn: ElementId.optional(),
        /** Amount elements summed into the amount claimed (诉讼标的额). */
        claimed: z.boolean().optional(),
        /** An optional date the complaint takes from another date element when it is left empty (interest runs from the loan date). */
        defaultsTo: ElementId.optional(),
        /** A date from which the law gives this many days to sue, e.g. 15 after a labour award; later warns. */
        deadline: z
          .object({ days: z.number().int().positive().max(3650), article: z.string().min(1) })
          .strict()
          .optional(),
      }),
    ),
    /** Each sentence a claim; the last ones usually name the costs. */
    claims: z.array(Claim).min(1),
    /** Paragraphs of the facts, then of the reasons, each a list of sentences joined in order. */
    facts: z.array(z.array(Sentence).min(1)).min(1),
    reasons: z.array(z.array(Sentence).min(1)).min(1),
  })
  .strict();
export type ElementSet = z.infer<typeof ElementSet>;
export type ElementDefinition = ElementSet['elements'][number];

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
/** Names a sentence may use besides element ids. */
export const PARTY_PLACEHOLDERS = ['plaintiff', 'plaintiffs', 'defendant', 'defendants'] as const;

/**
 * What a ceiling-checked rate can be written as: `capped` (held to the ceiling now), `cappedBefore2020`
 * (held to the 24 % of the 2015 rules, for interest up to 2020-08-19), `ceiling` (the ceiling itself)
 * and `ceilingBasis` (the words saying what the ceiling is, with its article).
 */
export const RATE_MODIFIERS = ['capped', 'cappedBefore2020', 'ceiling', 'ceilingBasis'] as const;

function ceilingRates(c: SentenceCondition): string[] {
  if ('aboveCeiling' in c) return [c.aboveCeiling];
  if ('all' in c) return c.all.flatMap(ceilingRates);
  if ('any' in c) return c.any.flatMap(ceilingRates);
  if ('not' in c) return ceilingRates(c.not);
  return [];
}

function conditionIds(c: SentenceCondition): string[] {
  if ('answered' in c) return [c.answered];
  if ('element' in c) return [c.element];
  if ('aboveCeiling' in c) return [c.aboveCeiling];
  if ('all' in c) return c.all.flatMap(conditionIds);
  if ('any' in c) return c.any.flatMap(conditionIds);
  return conditionIds(c.not);
}

/** A condition only an answer given can meet: a `not` is met by an answer missing, so it grounds nothing. */
function groundedIn(c: SentenceCondition | undefined): boolean {
  if (c === undefined || 'not' in c) return false;
  if ('all' in c) return c.all.some(groundedIn);
  if ('any' in c) return c.any.every(groundedIn);
  return true;
}

/**
 * A fact the litigant signs must come from an answer: each sentence of the facts names one, or is
 * used only when one was given, or is bare punctuation joining clauses.
 */
function inventedFacts(set: ElementSet): string[] {
  return set.facts
    .flat()
    .filter((s) => s['zh-CN'].search(PLACEHOLDER) === -1 && !groundedIn(s.when) && /[\p{L}\p{N}]/u.test(s['zh-CN']))
    .map((s) => `the fact "${s['zh-CN']}" comes from no answer`);
}

/** Everything the schema cannot say: ids unique and known, options for choices, every language written. */
function problemsOf(set: ElementSet): string[] {
  const problems: string[] = [];
  const ids = new Map(set.elements.map((e) => [e.id, e]));
  if (ids.size !== set.elements.length) problems.push('element ids must be unique');
  for (const [index, e] of set.elements.entries()) {
    if ((e.type === 'choice') !== (e.options !== undefined)) problems.push(`${e.id}: choice elements, and only they, have options`);
    if (!e.label.en || !e.help.en) problems.push(`${e.id}: label and help need en as well as zh-CN`);
    if (e.showIf && set.elements.findIndex((o) => o.id === e.showIf!.element) >= index) problems.push(`${e.id}: showIf must name an earlier element`);
    if (e.interestCeilingOn && (e.type !== 'percent' || ids.get(e.interestCeilingOn)?.type !== 'date'))
      problems.push(`${e.id}: interestCeilingOn is for a percent element and names a date element`);
    if (e.claimed && e.type !== 'amount') problems.push(`${e.id}: only amounts are claimed`);
    if (e.deadline && e.type !== 'date') problems.push(`${e.id}: only dates have a deadline`);
    if (e.defaultsTo && (e.type !== 'date' || e.required || set.elements.find((o) => o.id === e.defaultsTo)?.type !== 'date'))
      problems.push(`${e.id}: defaultsTo is for an optional date and names a date element`);
  }
  const sentences = [...set.claims.flat(), ...set.facts.flat(), ...set.reasons.flat()];
  for (const s of sentences) {
    for (const id of s.when ? conditionIds(s.when) : []) if (!ids.has(id)) problems.push(`condition names unknown element ${id}`);
    for (const rate of s.when ? ceilingRates(s.when) : [])
      if (!ids.get(rate)?.interestCeilingOn) problems.push(`aboveCeiling names ${rate}, which is not a ceiling-checked rate`);
    for (const text of [s['zh-CN'], s.en]) {
      for (const [, name, modifier] of text.matchAll(PLACEHOLDER)) {
        const known = ids.get(name!) ?? (PARTY_PLACEHOLDERS as readonly string[]).includes(name!);
        if (!known) problems.push(`"${text}" names unknown {${name}}`);
        if (modifier && (!(RATE_MODIFIERS as readonly string[]).includes(modifier) || !ids.get(name!)?.interestCeilingOn))
          problems.push(`"${text}": {${name}:${modifier}} is only for a ceiling-checked rate`);
      }
    }
  }
  return [...problems, ...inventedFacts(set)];
}

export class ElementSets {
  private readonly sets = new Map<string, ElementSet>();

  constructor(folder: string, catalogue: CaseTypeCatalogue) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
      const set = ElementSet.parse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
      const problems = problemsOf(set);
      if (file !== `${set.caseType}.json`) problems.push(`the file must be named ${set.caseType}.json`);
      if (problems.length > 0) throw new Error(`${join(folder, file)}: ${problems.join('; ')}`);
      catalogue.get(set.caseType);
      this.sets.set(set.caseType, set);
    }
    const missing = catalogue.types.filter((t) => !this.sets.has(t.id)).map((t) => t.id);
    if (missing.length > 0) throw new Error(`${folder}: no element-style complaint for ${missing.join(', ')}`);
  }

  get(caseType: string): ElementSet {
    const set = this.sets.get(caseType);
    if (!set) throw new KioskError('UNKNOWN_CASE_TYPE', 'catalogue.errors.unknownType', { caseType });
    return set;
  }
}
