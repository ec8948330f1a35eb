// The first draft of a mediation request's description: a few plain sentences made only from the
// answers given. For every dispute type, each answer skipped in turn takes its own sentence away
// and changes nothing else, so no sentence stands on an answer that was not given.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RiskQuestion } from '../../../contract';
import { SUMMARY_QUESTIONS } from '../../../contract/risk-summary.data';
import { answerText, summaryText, type ReasonContext } from '../../../contract/risk-wording';

const ROOT = resolve(__dirname, '../../..');
const ruleSet = JSON.parse(readFileSync(join(ROOT, 'resources/risk/rule-set.v1.json'), 'utf8')) as {
  questions: RiskQuestion[];
  types: Record<string, { questions: string[] }>;
};
const LANGUAGES = ['zh-CN', 'en'] as const;
const locale = (language: string) => ({ risk: JSON.parse(readFileSync(join(ROOT, 'resources/locales', language, 'risk.json'), 'utf8')) as unknown });

/** i18next's lookup and {{value}} interpolation, over the real locale files; a missing key fails the test. */
function translator(language: string): ReasonContext['t'] {
  const tree = locale(language);
  return (key, values = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
    if (typeof text !== 'string') throw new Error(`${language}: no text for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  };
}

const contextFor = (caseType: string, language: string): ReasonContext => ({
  t: translator(language),
  language,
  questions: ruleSet.types[caseType]!.questions.map((id) => ruleSet.questions.find((q) => q.id === id)!),
  courtDirectory: [],
});

/** Every question of a type answered, each value distinct: yes, the first option, an amount, a date. */
function answersFor(ctx: ReasonContext): Record<string, boolean | string> {
  return Object.fromEntries(
    ctx.questions.map((q, i) => {
      if (q.type === 'yesNo') return [q.id, i % 2 === 0];
      if (q.type === 'choice') return [q.id, q.options![0]!.value];
      if (q.type === 'date') return [q.id, `2024-0${1 + (i % 9)}-1${i % 10}`];
      return [q.id, String(1000 + i)];
    }),
  );
}

describe('the mediation summary', () => {
  it('writes each listed answer with its own sentence in both languages', () => {
    for (const id of SUMMARY_QUESTIONS) {
      const question = ruleSet.questions.find((q) => q.id === id);
      expect(question, id).toBeDefined();
      for (const language of LANGUAGES) {
        const t = translator(language);
        if (question!.type === 'yesNo') for (const answer of ['yes', 'no']) expect(t(`risk.summary.${id}.${answer}`)).not.toMatch(/\{\{/);
        else expect(t(`risk.summary.${id}`, { answer: 'X' })).toContain('X');
      }
    }
  });

  const rows = Object.keys(ruleSet.types).flatMap((caseType) =>
    LANGUAGES.flatMap((language) =>
      ruleSet.types[caseType]!.questions.filter((q) => SUMMARY_QUESTIONS.includes(q)).map((skipped) => ({ caseType, language, skipped })),
    ),
  );

  it.each(rows)('$caseType ($language) without $skipped: only its own sentence goes', ({ caseType, language, skipped }) => {
    const ctx = contextFor(caseType, language);
    const answers = answersFor(ctx);
    const full = summaryText(ctx, answers);
    const { [skipped]: answer, ...left } = answers;
    const question = ctx.questions.find((q) => q.id === skipped)!;
    const sentence =
      typeof answer === 'boolean'
        ? ctx.t(`risk.summary.${skipped}.${answer ? 'yes' : 'no'}`)
        : ctx.t(`risk.summary.${skipped}`, { answer: answerText(ctx, question, answer!) });
    expect(full).toContain(sentence);
    expect(summaryText(ctx, left).replace(/\s+/g, ' ')).toBe(full.replace(sentence, '').replace(/\s+/g, ' ').trim());
  });

  it('tells the loan of issue 14 in plain sentences, without the questions', () => {
    const ctx = contextFor('private_lending', 'zh-CN');
    const text = summaryText(ctx, {
      claimAmount: '50000',
      loanDate: '2024-03-01',
      interestAgreed: true,
      interestRate: '6',
      dueDate: '2025-03-01',
      chatKept: true,
    });
    expect(text).toBe('我要求对方支付50,000元。我于2024年3月1日把钱借给对方。双方约定了利息。约定的年利率是6%。应当在2025年3月1日还款。');
  });
});
