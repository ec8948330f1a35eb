// The rule set against the scenario table (risk-scenarios.data.ts): each row's findings, path and,
// where given, limitation, fees and enforcement, as the rules and docs/RULES.md §2–3 say they should be.
import { readFileSync } from 'node:fs';
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
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';

const catalogue = new CaseTypeCatalogue(join(REPO_ROOT, 'resources', 'case-types', 'catalogue.json'));
const rules = loadRuleSet(join(REPO_ROOT, 'resources', 'risk', 'rule-set.v1.json'), catalogue.types, SHIPPED_LPR);
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

// Each statement carries the article it rests on, in today's numbering (issue 16, item 9–10).
describe('citations and wording the litigant reads', () => {
  const zh = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'locales', 'zh-CN', 'risk.json'), 'utf8')) as {
    findings: Record<string, { message: string }>;
    limitation: { notes: Record<string, string> };
    jurisdiction: { basis: Record<string, string> };
  };
  const run = (caseType: string, answers: Record<string, boolean | string>) => assess(rules, catalogue.get(caseType), answers, OPTIONS);

  it('ongoing treatment cites 人身损害赔偿解释 Art 6 (2022 numbering; Art 19 was 2003)', () => {
    const finding = run('traffic_accident', { injured: true, treatmentEnded: false }).findings.find((f) => f.id === 'treatmentOngoing');
    expect(finding?.article).toBe('《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》第六条第二款');
  });

  it('divorce: no limitation because it is not a claim for performance (CC 196(4)), and the note says why', () => {
    expect(run('divorce', {}).limitation).toMatchObject({ status: 'notApplicable', articles: ['《民法典》第一百九十六条第（四）项'] });
    expect(zh.limitation.notes.divorce).toContain('不是要求对方履行义务的请求权');
  });

  it('traffic jurisdiction cites CPL Art 30 beside Art 29, as its text uses both', () => {
    expect(run('traffic_accident', { placeAccident: '440703' }).jurisdiction?.articles).toEqual(['《民事诉讼法》第二十九条', '《民事诉讼法》第三十条']);
    expect(zh.jurisdiction.basis.accident).toContain('车辆最先到达地');
  });

  it('unsafe food: the seller must have known, and label flaws that mislead no one are excepted (食品安全法 148(2))', () => {
    expect(zh.findings.unsafeFoodTenfold!.message).toMatch(/明知.*标签、说明书/);
    expect(run('online_shopping', { issue: 'food' }).findings.find((f) => f.id === 'unsafeFoodTenfold')?.article).toBe('《食品安全法》第一百四十八条第二款');
  });

  it('a wage IOU gets one answer: no arbitration-first finding or path, and the civil period (劳动争议解释一 15; CC 188)', () => {
    const report = run('labour', { claimKind: 'wages', employmentStatus: 'employed', wageIou: true, iouPayDate: '2026-01-10', arbitrationStage: 'none' });
    expect(report.findings.map((f) => f.id)).toEqual(['wageIouDirectSuit']);
    expect(report.path.reasons.map((r) => r.path)).not.toContain('labourArbitration');
    expect(report.limitation).toMatchObject({ status: 'running', lastDay: '2029-01-10', articles: expect.arrayContaining(['《民法典》第一百八十八条第一款']) });
    expect(report.limitation.articles).not.toContain('《劳动争议调解仲裁法》第二十七条第一款');
  });

  it('every finding of every type carries an article', () => {
    for (const f of rules.findings) expect(f.article, f.id).toMatch(/^《.+》第/);
  });
});
