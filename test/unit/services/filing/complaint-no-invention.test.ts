// Nothing in a complaint is invented: for every case type, on both branches of its yes/no and choice
// elements, each optional answer is skipped in turn and no clause that depends on it may appear, in
// Chinese or English, nor the skipped answer itself. The printed complaint is read back the same way.
import { describe, expect, it } from 'vitest';
import type { FilingAnswers, FilingParty } from '../../../../contract';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { visibleElements } from '../../../../main/services/filing/answers';
import { complaintText } from '../../../../main/services/filing/complaint-text';
import { ElementSets, type ElementSet, type Sentence, type SentenceCondition } from '../../../../main/services/filing/element-sets';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { ReceiptService } from '../../../../main/services/receipts/receipt-service';
import { pdfText } from '../../support/pdf-tools';
import { REPO_ROOT, manualClock } from '../../support/temp-kiosk';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

const paths = resourcePaths(REPO_ROOT);
const catalogue = new CaseTypeCatalogue(paths.caseTypes);
const sets = new ElementSets(paths.filingElements, catalogue);
const TODAY = '2026-11-23';
const LANGUAGES = ['zh-CN', 'en'] as const;

const parties: FilingParty[] = [
  {
    id: 'p',
    role: 'plaintiff',
    party: { kind: 'person', name: '张明远', sex: 'male', birthDate: '1980-01-01', ethnicity: '汉族', address: '示范市江北路1号', idNumber: null, phone: null },
    agent: null,
  },
  {
    id: 'd',
    role: 'defendant',
    party: { kind: 'person', name: '李建国', sex: 'male', birthDate: '1975-05-05', ethnicity: '汉族', address: '示范市滨江路2号', idNumber: null, phone: null },
    agent: null,
  },
];

/** Every element answered on one branch, each with a value no other answer shares, so a leaked one can be found. */
function answersFor(set: ElementSet, branch: 'first' | 'last'): FilingAnswers {
  const answers: FilingAnswers = {};
  for (const [i, e] of set.elements.entries()) {
    if (e.type === 'yesNo') answers[e.id] = branch === 'first';
    else if (e.type === 'choice') answers[e.id] = (branch === 'first' ? e.options![0] : e.options!.at(-1))!.value;
    else if (e.type === 'amount') answers[e.id] = String(1000 * (i + 11) + 7);
    else if (e.type === 'date') answers[e.id] = `2024-0${1 + (i % 9)}-1${i % 10}`;
    else if (e.type === 'percent') answers[e.id] = '6';
    else answers[e.id] = `答案${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[i]}项`;
  }
  return answers;
}

/** Whether a sentence is used only when this answer is given. */
function requires(c: SentenceCondition | undefined, id: string): boolean {
  if (c === undefined || 'not' in c) return false;
  if ('all' in c) return c.all.some((part) => requires(part, id));
  if ('any' in c) return c.any.every((part) => requires(part, id));
  if ('answered' in c) return c.answered === id;
  if ('aboveCeiling' in c) return c.aboveCeiling === id;
  return c.element === id;
}

const PLACEHOLDER = /\{(\w+)(?::\w+)?\}/g;
const dependsOn = (s: Sentence, ids: ReadonlySet<string>, language: 'zh-CN' | 'en') =>
  [...s[language].matchAll(PLACEHOLDER)].some(([, name]) => ids.has(name!)) || [...ids].some((id) => requires(s.when, id));

/** The wording of the sentences that stand on the skipped answers, less any wording other sentences share. */
function dependentWording(set: ElementSet, skipped: ReadonlySet<string>, language: 'zh-CN' | 'en'): string[] {
  const sentences = [...set.claims.flat(), ...set.facts.flat(), ...set.reasons.flat()];
  const literal = (s: Sentence) => s[language].split(PLACEHOLDER).filter((_, i) => i % 2 === 0);
  const others = sentences.filter((s) => !dependsOn(s, skipped, language)).map((s) => s[language]);
  return sentences
    .filter((s) => dependsOn(s, skipped, language))
    .flatMap(literal)
    .map((part) => part.replace(/^[\s，。；、,.;()（）]+|[\s，。；、,.;()（）]+$/g, ''))
    .filter((part) => part.length >= (language === 'zh-CN' ? 3 : 8) && !others.some((o) => o.includes(part)));
}

/** The answers asked on this branch that are gone once `id` is skipped: it, and those that hang on it. */
function skippedWith(set: ElementSet, answers: FilingAnswers, id: string): { answers: FilingAnswers; gone: Set<string> } {
  const left = { ...answers };
  delete left[id];
  const before = visibleElements(set, answers).map((e) => e.id);
  const after = new Set(visibleElements(set, left).map((e) => e.id));
  return { answers: left, gone: new Set([id, ...before.filter((e) => !after.has(e))]) };
}

const rows = catalogue.types.flatMap((t) =>
  (['first', 'last'] as const).flatMap((branch) => {
    const set = sets.get(t.id);
    // An optional date that defaults to another is written from that other answer, as its help says.
    return visibleElements(set, answersFor(set, branch))
      .filter((e) => !e.required && e.defaultsTo === undefined)
      .map((e) => ({ caseType: t.id, branch, skipped: e.id }));
  }),
);

const shown = (text: { claims: string[]; facts: string }) => [...text.claims, text.facts].join('\n');

describe('a complaint states only what was answered', () => {
  it('checks every case type that has an optional answer', () => {
    const withOptional = catalogue.types.filter((t) => sets.get(t.id).elements.some((e) => !e.required && e.defaultsTo === undefined));
    expect(new Set(rows.map((r) => r.caseType))).toEqual(new Set(withOptional.map((t) => t.id)));
  });

  it.each(rows)('$caseType ($branch branch) without $skipped', ({ caseType, branch, skipped }) => {
    const set = sets.get(caseType);
    const full = answersFor(set, branch);
    const { answers, gone } = skippedWith(set, full, skipped);
    for (const language of LANGUAGES) {
      const text = shown(complaintText(set, answers, parties, TODAY, language, SHIPPED_LPR));
      for (const wording of dependentWording(set, gone, language)) expect(text, `${language}: "${wording}"`).not.toContain(wording);
      for (const id of gone) {
        const e = set.elements.find((x) => x.id === id)!;
        if (e.type === 'amount') expect(text, `${language}: ${id}`).not.toContain(Number(full[id]).toLocaleString('en-US'));
        if (e.type === 'text' || e.type === 'longText') expect(text, `${language}: ${id}`).not.toContain(full[id] as string);
      }
    }
  });

  it('says nothing of demands for repayment that were never asked about (the case of issue 14)', () => {
    const set = sets.get('private_lending');
    const answers = answersFor(set, 'first');
    delete answers.demandDate;
    delete answers.demandMethod;
    expect(complaintText(set, answers, parties, TODAY, 'zh-CN', SHIPPED_LPR).facts).not.toMatch(/催要|催告|多次/);
    expect(complaintText(set, answers, parties, TODAY, 'en', SHIPPED_LPR).facts).not.toMatch(/demand|asked for repayment/i);
    answers.demandDate = '2025-04-01';
    expect(complaintText(set, answers, parties, TODAY, 'zh-CN', SHIPPED_LPR).facts).toContain('原告于2025年4月1日向被告催要，被告至今未还。');
  });

  it.each(catalogue.types.map((t) => t.id))('%s: the printed complaint without any optional answer reads back without their clauses', async (caseType) => {
    const receipts = new ReceiptService({
      fonts: paths.receiptFonts,
      localesDir: paths.locales,
      clock: manualClock('2026-11-23T02:00:00.000Z'),
      config: async () => loadDefaultConfig(paths.defaultConfig),
    });
    const set = sets.get(caseType);
    const full = answersFor(set, 'first');
    const optional = visibleElements(set, full).filter((e) => !e.required && e.defaultsTo === undefined);
    const answers = Object.fromEntries(Object.entries(full).filter(([id]) => !optional.some((e) => e.id === id)));
    const gone = new Set(
      visibleElements(set, full)
        .filter((e) => !visibleElements(set, answers).includes(e) || !(e.id in answers))
        .map((e) => e.id),
    );
    const text = complaintText(set, answers, parties, TODAY, 'zh-CN', SHIPPED_LPR);
    const doc = await receipts.render(
      'complaint',
      {
        documentNo: 'KIOSK-01-LA-20261123-0001',
        caseType: catalogue.get(caseType).name['zh-CN'],
        plaintiffs: [{ type: 'person', name: '张明远', gender: 'male', birthDate: '1980-01-01', ethnicity: '汉族', address: '示范市江北路1号', phone: '' }],
        defendants: [{ type: 'person', name: '李建国', gender: 'male', birthDate: '1975-05-05', ethnicity: '汉族', address: '示范市滨江路2号', phone: '' }],
        claims: text.claims,
        facts: text.facts,
        evidence: [],
        signedOn: TODAY,
      },
      { language: 'zh-CN' },
    );
    // pdftotext breaks lines where the page does: read the claims to the reasons as one run of characters.
    const page = (await pdfText(doc.pdf)).replace(/\s+/g, '').replace(/文书编号：[A-Z0-9-]+第\d+页\/共\d+页/g, '');
    const pdf = page.slice(page.indexOf('诉讼请求'), page.indexOf('此致'));
    expect(pdf).toContain(text.facts.replace(/\s+/g, '').slice(0, 10));
    for (const wording of dependentWording(set, gone, 'zh-CN')) expect(pdf, wording).not.toContain(wording);
  });
});
