// Assembles the claims (诉讼请求) and the facts and reasons (事实与理由) of an element-style complaint
// from its answers, in Chinese and English, by filling the sentences of the case type's data. A
// sentence whose placeholders are not all answered is left out, so a half-filled draft still reads.
import type { FilingAnswers, FilingParty } from '../../../contract';
import { interestCeiling, percentToHundredths, hundredthsToPercent, type InterestCeiling } from '../cases/interest-ceiling';
import type { LprSeries } from '../cases/lpr-series';
import { PARTY_PLACEHOLDERS, type Claim, type ElementDefinition, type ElementSet, type Sentence, type SentenceCondition } from './element-sets';
import { amountToFen, visibleElements } from './answers';

export const COMPLAINT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ComplaintLanguage = (typeof COMPLAINT_LANGUAGES)[number];

export interface ComplaintText {
  claims: string[];
  facts: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatAmount(text: string): string {
  const fen = amountToFen(text)!;
  const yuan = Math.trunc(fen / 100).toLocaleString('en-US');
  return fen % 100 === 0 ? yuan : `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

function formatDate(text: string, language: ComplaintLanguage): string {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return language === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

const normalPercent = (text: string) => hundredthsToPercent(percentToHundredths(text)!).replace(/\.?0+$/, '');

/** Names of the parties in a role, as a sentence names them. */
function names(parties: readonly FilingParty[], role: FilingParty['role'], language: ComplaintLanguage): string[] {
  const list = parties
    .filter((p) => p.role === role)
    .map((p) => p.party.name.trim())
    .filter((n) => n !== '');
  if (list.length === 0) return [];
  const joined = language === 'zh-CN' ? list.join('、') : list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)!}`;
  return [list[0]!, joined];
}

interface Filler {
  answers: FilingAnswers;
  elements: Map<string, ElementDefinition>;
  parties: readonly FilingParty[];
  filingDate: string;
  lpr: LprSeries;
}

const isDate = (text: unknown): text is string => typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The ceiling a rate element is checked against, from the date it names; null while either is unanswered. */
function ceilingOf(f: Filler, rateId: string): { agreed: number; ceiling: InterestCeiling } | null {
  const rate = f.answers[rateId];
  const on = f.answers[f.elements.get(rateId)!.interestCeilingOn!];
  const agreed = typeof rate === 'string' ? percentToHundredths(rate) : null;
  return agreed === null || !isDate(on) ? null : { agreed, ceiling: interestCeiling(f.lpr, on, f.filingDate) };
}

function holds(condition: SentenceCondition, f: Filler): boolean {
  const { answers } = f;
  if ('answered' in condition) return answers[condition.answered] !== undefined && answers[condition.answered] !== '';
  if ('before' in condition) return isDate(answers[condition.element]) && answers[condition.element]! < condition.before;
  if ('element' in condition) return answers[condition.element] === condition.is;
  if ('aboveCeiling' in condition) {
    const checked = ceilingOf(f, condition.aboveCeiling);
    if (!checked) return false;
    const line = condition.period === 'current' ? checked.ceiling.percent : checked.ceiling.before2020Percent;
    return line !== null && checked.agreed > percentToHundredths(line)!;
  }
  if ('all' in condition) return condition.all.every((c) => holds(c, f));
  if ('any' in condition) return condition.any.some((c) => holds(c, f));
  return !holds(condition.not, f);
}

/** The text a placeholder stands for, or null when its answer is missing. */
function valueOf(f: Filler, name: string, modifier: string | undefined, language: ComplaintLanguage): string | null {
  if ((PARTY_PLACEHOLDERS as readonly string[]).includes(name)) {
    const role = name.startsWith('plaintiff') ? 'plaintiff' : 'defendant';
    const [first, all] = names(f.parties, role, language);
    return (name.endsWith('s') ? all : first) ?? null;
  }
  const element = f.elements.get(name)!;
  const answer = f.answers[name];
  if (answer === undefined || answer === '' || typeof answer === 'boolean') return null;
  switch (element.type) {
    case 'amount':
      return amountToFen(answer) === null ? null : formatAmount(answer);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(answer) ? formatDate(answer, language) : null;
    case 'percent': {
      const agreed = percentToHundredths(answer);
      if (agreed === null) return null;
      if (modifier === undefined) return normalPercent(answer);
      const checked = ceilingOf(f, name);
      if (!checked) return null;
      const { ceiling } = checked;
      if (modifier === 'ceilingBasis') return ceiling.basis[language];
      if (modifier === 'ceiling') return normalPercent(ceiling.percent);
      const line = modifier === 'cappedBefore2020' ? ceiling.before2020Percent : ceiling.percent;
      return line === null ? null : normalPercent(hundredthsToPercent(Math.min(agreed, percentToHundredths(line)!)));
    }
    case 'choice':
      return element.options!.find((o) => o.value === answer)?.label[language] ?? null;
    default:
      return answer.trim();
  }
}

function fill(f: Filler, sentence: Sentence, language: ComplaintLanguage): string | null {
  if (sentence.when && !holds(sentence.when, f)) return null;
  let missing = false;
  const text = sentence[language].replace(/\{(\w+)(?::(\w+))?\}/g, (_, name: string, modifier: string | undefined) => {
    const value = valueOf(f, name, modifier, language);
    if (value === null) missing = true;
    return value ?? '';
  });
  return missing ? null : text;
}

const sentencesOf = (f: Filler, list: readonly Sentence[], language: ComplaintLanguage) =>
  list.map((s) => fill(f, s, language)).filter((s): s is string => s !== null);

/** A claim stands or falls with its first sentence; the clauses after it are added when answered. */
function claimOf(f: Filler, claim: Claim, language: ComplaintLanguage): string | null {
  const [head, ...clauses] = Array.isArray(claim) ? claim : [claim];
  const first = fill(f, head!, language);
  return first === null ? null : first + sentencesOf(f, clauses, language).join('');
}

/** The answers a complaint is written from: those asked on this branch, and a left-out date taken from the one it defaults to. */
function answersForText(set: ElementSet, answers: FilingAnswers): FilingAnswers {
  const shown = visibleElements(set, answers);
  const visible: FilingAnswers = Object.fromEntries(Object.entries(answers).filter(([id]) => shown.some((e) => e.id === id)));
  for (const e of shown) {
    const fallback = e.defaultsTo === undefined ? undefined : visible[e.defaultsTo];
    if ((visible[e.id] === undefined || visible[e.id] === '') && fallback !== undefined) visible[e.id] = fallback;
  }
  return visible;
}

/** The complaint's claims and facts in one language, its interest ceilings on the LPR series in force. */
export function complaintText(
  set: ElementSet,
  answers: FilingAnswers,
  parties: readonly FilingParty[],
  filingDate: string,
  language: ComplaintLanguage,
  lpr: LprSeries,
): ComplaintText {
  const f: Filler = { answers: answersForText(set, answers), elements: new Map(set.elements.map((e) => [e.id, e])), parties, filingDate, lpr };
  const claims = set.claims.map((c) => claimOf(f, c, language)).filter((c): c is string => c !== null);
  // Chinese lists its claims with semicolons and closes the last with a full stop, as courts write them.
  const punctuated = claims.map((c, i) =>
    language === 'zh-CN' ? `${c}${i === claims.length - 1 ? '。' : '；'}` : `${c}${i === claims.length - 1 ? '.' : ';'}`,
  );
  // Sentences carry their own spacing and punctuation, so a clause can follow a clause in either language.
  const paragraphs = [...set.facts, ...set.reasons].map((p) => sentencesOf(f, p, language).join('').trim()).filter((p) => p !== '');
  return { claims: punctuated, facts: paragraphs.join('\n') };
}

/** The amount claimed (诉讼标的额) in fen: the sum of the elements marked claimed; null when none is answered. */
export function claimAmountFen(set: ElementSet, answers: FilingAnswers): number | null {
  const shown = visibleElements(set, answers).filter((e) => e.claimed);
  const amounts = shown.map((e) => answers[e.id]).filter((a): a is string => typeof a === 'string' && amountToFen(a) !== null);
  return amounts.length === 0 ? null : amounts.reduce((sum, a) => sum + amountToFen(a)!, 0);
}
