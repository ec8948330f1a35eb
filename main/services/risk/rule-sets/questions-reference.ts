// The reviewers' reference in risk/README.md: every dispute type's question ids, answer forms and
// values, and when each is asked, written from the rule set so the two cannot drift apart
// (test/unit/services/risk/risk-readme.test.ts fails when they do; write-questions-reference.ts rewrites it).
import type { CaseType, RiskCondition, RiskQuestion } from '../../../../contract';
import type { RuleSet } from './rule-set';

export const REFERENCE_START = '<!-- questions-reference:start (written by rule-sets/write-questions-reference.ts) -->';
export const REFERENCE_END = '<!-- questions-reference:end -->';

const FORM: Record<RiskQuestion['type'], string> = {
  yesNo: '`true` / `false`',
  choice: '',
  date: '`"YYYY-MM-DD"`',
  amount: 'yuan as text, e.g. `"50000"`',
  percent: 'a yearly rate as text, e.g. `"15.5"`',
  place: 'a division code (`"44"`, `"4407"`, `"440703"`) or `"elsewhere"`',
};

const value = (v: boolean | string) => `\`${typeof v === 'string' ? v : String(v)}\``;

/** A showIf condition in words. */
export function conditionText(c: RiskCondition): string {
  if ('q' in c) {
    if ('is' in c) return `\`${c.q}\` = ${value(c.is)}`;
    if ('in' in c) return `\`${c.q}\` ∈ {${c.in.map(value).join(', ')}}`;
    if ('answered' in c) return `\`${c.q}\` ${c.answered ? 'answered' : 'not answered'}`;
    if ('above' in c) return `\`${c.q}\` above ${typeof c.above === 'string' ? c.above : c.above.constant}`;
    if ('before' in c) return `\`${c.q}\` before ${c.before}`;
    if ('periodEnded' in c) return `${c.periodEnded.months} months from \`${c.q}\` over (${c.periodEnded.law} roll-over)`;
    return `\`${c.q}\` at least ${c.monthsAgoAtLeast} months ago`;
  }
  if ('fact' in c) return `fact ${c.fact}`;
  if ('always' in c) return 'always';
  if ('not' in c) return `not (${conditionText(c.not)})`;
  return ('all' in c ? c.all : c.any).map(conditionText).join('all' in c ? ' and ' : ' or ');
}

/** The reference as markdown; `text` gives a question's zh-CN wording. */
export function questionsReference(rules: RuleSet, catalogue: readonly CaseType[], text: (key: string) => string): string {
  const sections = catalogue.map((type) => {
    const rows = rules.types[type.id]!.questions.map((id) => {
      const q = rules.questions.find((question) => question.id === id)!;
      const form = q.type === 'choice' ? q.options!.map((o) => value(o.value)).join(', ') : FORM[q.type];
      return `| \`${q.id}\` | ${q.type} | ${form} | ${q.showIf ? conditionText(q.showIf) : ''} | ${text(q.textKey)} |`;
    });
    return [
      `### \`${type.id}\` ${type.name['zh-CN'] ?? ''}`,
      '',
      '| id | type | answer | asked only when | question (zh-CN) |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  });
  return [
    REFERENCE_START,
    '',
    `Rule set ${rules.version}. Answers to questions not asked on the branch taken are ignored and listed in \`ignoredAnswers\`.`,
    '',
    ...sections.flatMap((s) => [s, '']),
    REFERENCE_END,
  ].join('\n');
}

/** The README with its reference section replaced (or appended when it has none yet). */
export function withReference(readme: string, reference: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < 0) return `${readme.trimEnd()}\n\n${reference}\n`;
  return `${readme.slice(0, start)}${reference}${readme.slice(end + REFERENCE_END.length)}`;
}
