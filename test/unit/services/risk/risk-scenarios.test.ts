// The rule set against the scenario table (risk-scenarios.data.ts): each row's findings, path and,
// where given, limitation, fees and enforcement, as the rules and docs/RULES.md §2–3 say they should be.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RiskReport } from '../../../../contract';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { loadRestDays } from '../../../../main/services/calendar/rest-days';
import { assess } from '../../../../main/services/risk/assess';
import { loadRuleSet } from '../../../../main/services/risk/rule-sets/rule-set';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { SCENARIOS } from './risk-scenarios.data';
import { REPO_ROOT } from '../../support/temp-kiosk';

const catalogue = new CaseTypeCatalogue(join(REPO_ROOT, 'resources', 'case-types', 'catalogue.json'));
const rules = loadRuleSet(join(REPO_ROOT, 'resources', 'risk', 'rule-set.v1.json'), catalogue.types);
const config = loadDefaultConfig(join(REPO_ROOT, 'resources', 'config', 'default-terminal.json'));
const OPTIONS = {
  asOf: '2026-11-23',
  bases: { divorce: 300 },
  averageWage: 121_724,
  courtDirectory: config.courtDirectory,
  courtCode: config.court.code,
  restDays: loadRestDays(join(REPO_ROOT, 'resources', 'calendar', 'rest-days.json'), (message) => {
    throw new Error(message);
  }),
};

describe('risk scenarios', () => {
  it('cover every dispute type of the catalogue, at least 40 in all', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SCENARIOS.map((s) => s.caseType))).toEqual(new Set(catalogue.types.map((t) => t.id)));
  });

  it.each(SCENARIOS.map((s) => [`${s.caseType}: ${s.checks}`, s] as const))('%s', (_, s) => {
    const report = RiskReport.parse(assess(rules, catalogue.get(s.caseType), s.answers, OPTIONS));
    expect(report.findings.map((f) => f.id).sort()).toEqual([...s.findings].sort());
    expect(report.path.recommended).toBe(s.path);
    expect(report.ignoredAnswers).toEqual(s.ignored ?? []);
    if (s.limitation) expect(report.limitation).toMatchObject(s.limitation);
    if (s.jurisdiction)
      expect({ status: report.jurisdiction?.status, court: report.jurisdiction?.court?.code }).toEqual({ court: undefined, ...s.jurisdiction });
    if (s.caseFee !== undefined) expect(report.costs.caseFee).toBe(s.caseFee);
    if (s.preservationFee !== undefined) expect(report.preservation.fee).toBe(s.preservationFee);
    if (s.enforcement !== undefined) expect(report.enforcement.level).toBe(s.enforcement);
    if (s.smallClaims !== undefined) expect(report.smallClaims?.eligibility ?? null).toBe(s.smallClaims);
  });
});

describe('a report explains itself', () => {
  const answers = {
    claimAmount: '100000',
    loanDate: '2023-01-05',
    hasIou: false,
    paidByTransfer: true,
    interestAgreed: true,
    interestRate: '15.5',
    dueDateAgreed: true,
    dueDate: '2023-06-01',
  };
  const report = assess(rules, catalogue.get('private_lending'), answers, OPTIONS);

  it('names the answers behind each finding and its article (15.5% > 4 × 3.65%, the LPR on the loan date)', () => {
    expect(report.findings.find((f) => f.id === 'interestAboveCeiling')).toMatchObject({
      article: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条',
      riskHeading: 'improperClaims',
      because: [
        { question: 'interestRate', fact: null, answer: '15.5' },
        { question: 'loanDate', fact: null, answer: '2023-01-05' },
      ],
    });
    expect(report.findings.find((f) => f.id === 'limitationExpired')?.because).toEqual([{ question: null, fact: 'limitationExpired', answer: null }]);
  });

  it('ends on a working day it need not move (Art 203 applied, nothing to roll over)', () => {
    expect(report.limitation).toMatchObject({ status: 'expired', lastDay: '2026-06-01', rolledFrom: null, daysLeft: -175, notApplied: [] });
    expect(report.limitation.articles).not.toContain('《民法典》第二百零三条');
  });

  it('says Art 203 was not applied when the last day falls in a year the calendar does not have yet', () => {
    const later = assess(rules, catalogue.get('private_lending'), { ...answers, dueDate: '2025-06-01' }, OPTIONS);
    expect(later.limitation).toMatchObject({ lastDay: '2028-06-01', rolledFrom: null, notApplied: ['《民法典》第二百零三条'] });
  });

  it('flags evidence gaps from the catalogue list', () => {
    expect(report.evidence).toEqual([
      { key: 'iou', status: 'missing' },
      { key: 'bankTransfer', status: 'have' },
      { key: 'chatRecords', status: 'unknown' },
      { key: 'demandRecords', status: 'unknown' },
      { key: 'idOfDefendant', status: 'unknown' },
    ]);
  });

  it('prices the case fee with and without simplified halving (Arts 13, 16), with statutory time limits', () => {
    expect(report.costs).toMatchObject({ caseFee: '2300.00', caseFeeSimplified: '1150.00', feeProblem: null });
    expect(report.costs.durations.map((d) => d.procedure)).toEqual(['simplified', 'ordinary']);
  });

  it('lists all 17 SPC headings, with the findings under each', () => {
    expect(report.riskHeadings).toHaveLength(17);
    expect(report.riskHeadings.find((h) => h.heading === 'limitationExpired')?.findings).toEqual(['limitationExpired']);
  });

  it('carries the rule-set version and the disclaimer', () => {
    expect(report).toMatchObject({ ruleSetVersion: rules.version, disclaimerKey: 'risk.disclaimer' });
  });

  it('says why a fee cannot be priced instead of guessing', () => {
    expect(assess(rules, catalogue.get('private_lending'), {}, OPTIONS).costs).toMatchObject({ caseFee: null, feeProblem: 'fees.quote.errors.amountRequired' });
    expect(assess(rules, catalogue.get('divorce'), {}, { ...OPTIONS, bases: {} }).costs).toMatchObject({
      caseFee: null,
      feeProblem: 'fees.quote.errors.baseRequired',
    });
  });
});
