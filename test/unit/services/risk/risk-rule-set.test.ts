// The rule-set file: the shipped one loads, covers the catalogue and names only locale keys that
// exist; a broken one is refused whole with every problem listed, and the kiosk keeps running.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RiskReport } from '../../../../contract';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { KioskError } from '../../../../main/services/errors';
import { RestDays } from '../../../../main/services/calendar/rest-days';
import { RiskService } from '../../../../main/services/risk/risk-service';
import { LPR_ONE_YEAR } from '../../../../main/services/cases/lpr-one-year.data';
import { loadRuleSet, parseRuleSet, type RuleSet } from '../../../../main/services/risk/rule-sets/rule-set';
import { manualClock, REPO_ROOT, tempDir, tempKiosk } from '../../support/temp-kiosk';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

const FILE = join(REPO_ROOT, 'resources', 'risk', 'rule-set.v1.json');
const catalogue = new CaseTypeCatalogue(join(REPO_ROOT, 'resources', 'case-types', 'catalogue.json'));
const shipped = () => JSON.parse(readFileSync(FILE, 'utf8')) as RuleSet;

function refusal(raw: unknown): string[] {
  try {
    parseRuleSet(raw, catalogue.types, SHIPPED_LPR);
  } catch (err) {
    expect(err).toBeInstanceOf(KioskError);
    expect((err as KioskError).code).toBe('RISK_RULE_SET_INVALID');
    return (err as KioskError).details!.problems as string[];
  }
  throw new Error('the rule set was accepted');
}

/** "risk.a.b" → the text in resources/locales/<lng>/risk.json, or undefined. */
const text = (language: string, key: string) =>
  key
    .split('.')
    .slice(1)
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'locales', language, 'risk.json'), 'utf8')),
    );

describe('the shipped rule set', () => {
  const rules = loadRuleSet(FILE, catalogue.types, SHIPPED_LPR);

  it('has rules for every dispute type of the catalogue', () => {
    expect(Object.keys(rules.types).sort()).toEqual(catalogue.types.map((t) => t.id).sort());
  });

  it.each(['zh-CN', 'en'])('names only keys that %s has', (language) => {
    const keys = JSON.stringify(rules)
      .match(/"risk\.[A-Za-z0-9_.]+"/g)!
      .map((k) => JSON.parse(k) as string);
    expect(keys.length).toBeGreaterThan(300);
    expect([...new Set(keys)].filter((key) => typeof text(language, key) !== 'string')).toEqual([]);
  });

  it("reads the LPR from the kiosk's one series, the one filing checks interest against, and derives the 4× ceiling from it", () => {
    expect(rules.constants.lprOneYearPercent).toEqual({
      series: LPR_ONE_YEAR.map((row) => ({ from: row.from, value: row.percent })),
      source: expect.stringContaining('全国银行间同业拆借中心'),
    });
    expect(rules.constants.lprOneYearPercent).toMatchObject({ series: expect.arrayContaining([{ from: '2025-05-20', value: '3.0' }]) });
    expect(rules.constants.interestCeilingPercent).toMatchObject({ times: '4', of: 'lprOneYearPercent' });
  });
});

describe('a broken rule set is refused', () => {
  it.each<[string, (r: RuleSet) => unknown, RegExp]>([
    ['a wrong severity', (r) => ({ ...r, findings: [{ ...r.findings[0], severity: 'dire' }, ...r.findings.slice(1)] }), /^findings\.0\.severity/],
    [
      'a choice without options',
      (r) => ({ ...r, questions: r.questions.map((q) => (q.id === 'whereabouts' ? { ...q, options: undefined } : q)) }),
      /choice questions, and only they, have options/,
    ],
    [
      'an unknown heading',
      (r) => ({ ...r, findings: r.findings.map((f) => (f.id === 'noAssetsKnown' ? { ...f, riskHeading: 'bankruptcy' } : f)) }),
      /riskHeading/,
    ],
    [
      'a dispute type of the catalogue left out',
      (r) => ({ ...r, types: Object.fromEntries(Object.entries(r.types).filter(([id]) => id !== 'divorce')) }),
      /no rules for the dispute type divorce/,
    ],
    [
      'a finding on a question the type does not ask',
      (r) => ({ ...r, types: { ...r.types, divorce: { ...r.types.divorce!, findings: [...r.types.divorce!.findings, 'loanCashOnly'] } } }),
      /divorce finding loanCashOnly: question hasIou is not asked/,
    ],
    [
      'branching on a later question',
      (r) => ({
        ...r,
        types: {
          ...r.types,
          private_lending: {
            ...r.types.private_lending!,
            questions: ['interestRate', ...r.types.private_lending!.questions.filter((q) => q !== 'interestRate')],
          },
        },
      }),
      /interestRate branches on interestAgreed, which is not asked before it/,
    ],
    [
      'labour without an arbitration path',
      (r) => ({ ...r, types: { ...r.types, labour: { ...r.types.labour!, paths: [] } } }),
      /labour: arbitration is required first but no path says so/,
    ],
    [
      'evidence the catalogue does not list',
      (r) => ({ ...r, types: { ...r.types, divorce: { ...r.types.divorce!, evidence: { iou: { always: true } } } } }),
      /divorce: evidence iou is not in the catalogue/,
    ],
    [
      'a published series the kiosk does not keep',
      (r) => ({ ...r, constants: { ...r.constants, lprOneYearPercent: { published: 'shibor' } } }),
      /^constants\.lprOneYearPercent/,
    ],
    [
      'a series out of date order',
      (r) => ({
        ...r,
        constants: {
          ...r.constants,
          lprOneYearPercent: {
            series: [
              { from: '2025-05-20', value: '3.0' },
              { from: '2024-10-21', value: '3.1' },
            ],
            source: 'LPR',
          },
        },
      }),
      /lprOneYearPercent: the series must run oldest first/,
    ],
    [
      'an unknown constant',
      (r) => ({
        ...r,
        findings: r.findings.map((f) => (f.id === 'interestAboveCeiling' ? { ...f, when: { q: 'interestRate', above: { constant: 'lpr5y' } } } : f)),
      }),
      /unknown constant lpr5y/,
    ],
  ])('%s', (_, breakIt, problem) => {
    expect(refusal(breakIt(shipped())).some((p) => problem.test(p))).toBe(true);
  });

  describe('by the kiosk, which keeps running', () => {
    const folder = tempDir('risk-rules-');
    afterEach(() => folder.remove());

    it('answers risk calls with the refusal and logs every problem', async () => {
      const file = join(folder.dir, 'rule-set.json');
      writeFileSync(file, '{ "version": "2", ');
      const logged: unknown[] = [];
      const service = new RiskService({
        ruleSetFile: file,
        catalogue,
        restDays: RestDays.none(),
        lpr: SHIPPED_LPR,
        clock: manualClock(),
        config: async () => {
          throw new Error('not needed');
        },
        log: (message, context) => logged.push({ message, context }),
      });
      expect(() => service.questions()).toThrow(expect.objectContaining({ code: 'RISK_RULE_SET_INVALID', messageKey: 'risk.errors.ruleSetInvalid' }));
      expect(logged).toEqual([
        { message: 'risk rule set refused', context: expect.objectContaining({ problems: [expect.stringContaining('rule-set.json')] }) },
      ]);
    });
  });
});

describe('through the contract', () => {
  it('gives the questions per type and assesses on the court date', async () => {
    const kiosk = await tempKiosk({ clock: manualClock('2026-11-23T09:00:00.000Z') });
    try {
      const { version, types } = await kiosk.handlers['risk.ruleSet']({});
      expect(version).toBe(shipped().version);
      expect(types.map((t) => t.caseType)).toEqual(catalogue.types.map((t) => t.id));
      expect(types.find((t) => t.caseType === 'private_lending')?.questions.find((q) => q.id === 'interestRate')).toMatchObject({
        type: 'percent',
        showIf: { q: 'interestAgreed', is: true },
      });
      const report = await kiosk.handlers['risk.assess']({
        caseType: 'labour',
        answers: { claimKind: 'wages', employmentStatus: 'employed', arbitrationStage: 'none' },
      });
      expect(RiskReport.parse(report)).toMatchObject({ asOf: '2026-11-23', path: { recommended: 'labourArbitration' }, limitation: { status: 'notRunning' } });
      await expect(kiosk.handlers['risk.assess']({ caseType: 'labour', answers: { loanDate: '2026-01-01' } })).rejects.toMatchObject({
        code: 'RISK_UNKNOWN_QUESTION',
        details: { question: 'loanDate' },
      });
      await expect(kiosk.handlers['risk.assess']({ caseType: 'labour', answers: { claimAmount: '1e5' } })).rejects.toMatchObject({
        code: 'RISK_INVALID_ANSWER',
        details: { question: 'claimAmount' },
      });
      await expect(kiosk.handlers['risk.assess']({ caseType: 'piracy', answers: {} })).rejects.toMatchObject({ code: 'UNKNOWN_CASE_TYPE' });
    } finally {
      await kiosk.dispose();
    }
  });
});
