// Assembles the claims (诉讼请求) and the facts and reasons (事实与理由) of an element-style complaint
// from its answers, in Chinese and English, by filling the sentences of the case type's data. A
// sentence whose placeholders are not all answered is left out, so a half-filled draft still reads.
import type { FilingAnswers, FilingParty } from '../../../preload/contract';
import { interestCeiling, percentToHundredths, hundredthsToPercent } from '../cases/interest-ceiling';
import { PARTY_PLACEHOLDERS, type ElementDefinition, type ElementSet, type Sentence, type SentenceCondition } from './element-sets';
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
  const list = parties.filter((p) => p.role === role).map((p) => p.party.name.trim()).filter((n) => n !== '');
  if (list.length === 0) return [];
  const joined = language === 'zh-CN' ? list.join('、') : list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)!}`;
  return [list[0]!, joined];
}

export function holds(condition: SentenceCondition, answers: FilingAnswers): boolean {
  if ('answered' in condition) return answers[condition.answered] !== undefined && answers[condition.answered] !== '';
  if ('element' in condition) return answers[condition.element] === condition.is;
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  return !holds(condition.not, answers);
}

interface Filler {
  answers: FilingAnswers;
  elements: Map<string, ElementDefinition>;
  parties: readonly FilingParty[];
  filingDate: string;
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
      if (modifier !== 'capped') return normalPercent(answer);
      const on = f.answers[element.interestCeilingOn!];
      if (typeof on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(on)) return null;
      const ceiling = percentToHundredths(interestCeiling(on, f.filingDate).percent)!;
      return normalPercent(hundredthsToPercent(Math.min(agreed, ceiling)));
    }
    case 'choice':
      return element.options!.find((o) => o.value === answer)?.label[language] ?? null;
    default:
      return answer.trim();
  }
}

function fill(f: Filler, sentence: Sentence, language: ComplaintLanguage): string | null {
  if (sentence.when && !holds(sentence.when, f.answers)) return null;
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

/** The complaint's claims and facts in one language. */
export function complaintText(set: ElementSet, answers: FilingAnswers, parties: readonly FilingParty[], filingDate: string, language: ComplaintLanguage): ComplaintText {
  const shown = visibleElements(set, answers);
  const visibleAnswers = Object.fromEntries(Object.entries(answers).filter(([id]) => shown.some((e) => e.id === id)));
  const f: Filler = { answers: visibleAnswers, elements: new Map(set.elements.map((e) => [e.id, e])), parties, filingDate };
  const claims = sentencesOf(f, set.claims, language);
  // Chinese lists its claims with semicolons and closes the last with a full stop, as courts write them.
  const punctuated = claims.map((c, i) => (language === 'zh-CN' ? `${c}${i === claims.length - 1 ? '。' : '；'}` : `${c}${i === claims.length - 1 ? '.' : ';'}`));
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
