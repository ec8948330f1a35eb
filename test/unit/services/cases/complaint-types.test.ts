// The element-style complaint of every case type, on both branches of its yes/no and choice
// elements: every sentence filled, every amount claimed actually claimed, in Chinese and English,
// and the complaint PDF read back through pdftotext with its claims and facts in order.
import { describe, expect, it } from 'vitest';
import type { FilingAnswers, FilingParty } from '../../../../contract';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { visibleElements } from '../../../../main/services/filing/answers';
import { claimAmountFen, complaintText } from '../../../../main/services/filing/complaint-text';
import { ElementSets, type ElementSet } from '../../../../main/services/filing/element-sets';
import { resourcePaths } from '../../../../main/services/resource-paths';
import { ReceiptService } from '../../../../main/services/receipts/receipt-service';
import { inReadingOrder, pdfText } from '../../support/pdf-tools';
import { REPO_ROOT, manualClock } from '../../support/temp-kiosk';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

const paths = resourcePaths(REPO_ROOT);
const catalogue = new CaseTypeCatalogue(paths.caseTypes);
const sets = new ElementSets(paths.filingElements, catalogue);
const receipts = new ReceiptService({
  fonts: paths.receiptFonts,
  localesDir: paths.locales,
  clock: manualClock('2026-11-23T02:00:00.000Z'),
  config: async () => loadDefaultConfig(paths.defaultConfig),
});
const TODAY = '2026-11-23';

const parties: FilingParty[] = [
  {
    id: 'p',
    role: 'plaintiff',
    party: {
      kind: 'person',
      name: '张明远',
      sex: 'male',
      birthDate: '1980-01-01',
      ethnicity: '汉族',
      address: '示范市江北路1号',
      idNumber: null,
      phone: '13800000000',
    },
    agent: null,
  },
  {
    id: 'd',
    role: 'defendant',
    party: {
      kind: 'organisation',
      form: 'legalPerson',
      name: '示范市远航贸易有限公司',
      creditCode: null,
      representative: '周海',
      representativeTitle: null,
      address: '示范市滨江路2号',
      phone: null,
    },
    agent: null,
  },
];

/** Answers every element on one branch: yes and the first option, or no and the last. Amounts differ so each can be found. */
function answersFor(set: ElementSet, branch: 'first' | 'last'): FilingAnswers {
  const answers: FilingAnswers = {};
  for (const [i, e] of set.elements.entries()) {
    if (e.type === 'yesNo') answers[e.id] = branch === 'first';
    else if (e.type === 'choice') answers[e.id] = (branch === 'first' ? e.options![0] : e.options!.at(-1))!.value;
    else if (e.type === 'amount') answers[e.id] = String(1000 * (i + 11));
    else if (e.type === 'date') answers[e.id] = `2025-0${1 + (i % 9)}-1${i % 10}`;
    else if (e.type === 'percent') answers[e.id] = '6';
    else answers[e.id] = e.type === 'longText' ? '双方多次协商未果。' : '示范事项';
  }
  return answers;
}

const cases = catalogue.types.flatMap((t) => (['first', 'last'] as const).map((branch) => ({ caseType: t.id, branch })));

describe('element-style complaints of every case type', () => {
  it.each(cases)('$caseType, $branch branch: claims and facts filled in both languages', ({ caseType, branch }) => {
    const set = sets.get(caseType);
    const answers = answersFor(set, branch);
    for (const language of ['zh-CN', 'en'] as const) {
      const text = complaintText(set, answers, parties, TODAY, language, SHIPPED_LPR);
      expect(text.claims.length, language).toBeGreaterThanOrEqual(2);
      expect([...text.claims, text.facts].join('\n'), language).not.toMatch(/[{}]|undefined|null/);
      expect(text.facts, language).toContain(language === 'zh-CN' ? '第一百二十二条' : 'Article 122');
      expect(text.facts, language).toContain('张明远');
    }
    // Every amount the data marks as claimed, when asked on this branch, is claimed in the Chinese claims.
    const zh = complaintText(set, answers, parties, TODAY, 'zh-CN', SHIPPED_LPR).claims.join('');
    const claimed = visibleElements(set, answers).filter((e) => e.claimed);
    for (const e of claimed) expect(zh, e.id).toContain(Number(answers[e.id]).toLocaleString('en-US'));
    expect(claimAmountFen(set, answers)).toBe(claimed.length === 0 ? null : claimed.reduce((sum, e) => sum + Number(answers[e.id]) * 100, 0));
  });

  it.each(catalogue.types.map((t) => t.id))('%s: the complaint PDF reads back with its claims and facts', async (caseType) => {
    const set = sets.get(caseType);
    const answers = answersFor(set, 'first');
    const text = complaintText(set, answers, parties, TODAY, 'zh-CN', SHIPPED_LPR);
    const doc = await receipts.render(
      'complaint',
      {
        documentNo: 'KIOSK-01-LA-20261123-0001',
        caseType: catalogue.get(caseType).name['zh-CN'],
        plaintiffs: [
          { type: 'person', name: '张明远', gender: 'male', birthDate: '1980-01-01', ethnicity: '汉族', address: '示范市江北路1号', phone: '13800000000' },
        ],
        defendants: [{ type: 'organisation', name: '示范市远航贸易有限公司', representative: '周海', address: '示范市滨江路2号', phone: '' }],
        claims: text.claims,
        facts: text.facts,
        evidence: [{ name: '合同', source: '原告提供', purpose: '证明双方的约定' }],
        signedOn: TODAY,
      },
      { language: 'zh-CN' },
    );
    const pdf = await pdfText(doc.pdf);
    // pdftotext breaks lines where the page does: compare the first stretch of each text.
    const opening = (s: string) => s.slice(0, 12);
    expect(inReadingOrder(pdf, ['民事起诉状', '张明远', '诉讼请求', ...text.claims.map(opening), '事实与理由', opening(text.facts), '此致']), pdf).toBeNull();
  });
});
