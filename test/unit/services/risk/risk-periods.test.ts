// Periods of months other than limitation (the guarantee period, Civil Code Art 692; the six-month bar on
// suing again for divorce, CPL Art 127(7)) end on a working day: a last day on a weekend or holiday rolls to
// the next working day under the period's own law (Civil Code Art 203, CPL Art 85), on the 2025/2026
// rest-day calendar. Dates checked by hand against resources/calendar/rest-days.json (docs/RULES.md §3).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RiskReport, type PeriodLaw, type RiskAnswers } from '../../../../contract';
import { limitationTitleKey, reasonText } from '../../../../contract/risk-wording';
import { CaseTypeCatalogue } from '../../../../main/services/cases/catalogue';
import { SHIPPED_LPR } from '../../../../main/services/cases/lpr-series';
import { loadRestDays } from '../../../../main/services/calendar/rest-days';
import { loadDefaultConfig } from '../../../../main/services/config/config-store';
import { createTranslator } from '../../../../main/services/i18n/translator';
import { assess } from '../../../../main/services/risk/assess';
import { monthPeriodEnd } from '../../../../main/services/risk/limitation';
import { loadRuleSet } from '../../../../main/services/risk/rule-sets/rule-set';
import { REPO_ROOT } from '../../support/temp-kiosk';

const restDays = loadRestDays(join(REPO_ROOT, 'resources', 'calendar', 'rest-days.json'), (message) => {
  throw new Error(message);
});
const CC201 = '《民法典》第二百零一条';
const CC202 = '《民法典》第二百零二条';
const CC203 = '《民法典》第二百零三条';
const CPL85 = '《民事诉讼法》第八十五条';

// [what it checks, counted from, law, last day, rolled from, articles, not applied]
const PERIOD_ENDS: [string, string, PeriodLaw, string, string | null, string[], string[]][] = [
  ['National Day 2026-10-01 → Thursday 10-08 (CC 203)', '2026-04-01', 'civilCode', '2026-10-08', '2026-10-01', [CC201, CC202, CC203], []],
  ['Saturday 2026-11-21 → Monday 11-23 (CC 203)', '2026-05-21', 'civilCode', '2026-11-23', '2026-11-21', [CC201, CC202, CC203], []],
  ['working Saturday 2026-10-10 (调休上班) stays', '2026-04-10', 'civilCode', '2026-10-10', null, [CC201, CC202], []],
  ['no 31 August in February → month end, Saturday 2026-02-28, a working day', '2025-08-31', 'civilCode', '2026-02-28', null, [CC201, CC202], []],
  ['Spring Festival 2026-02-15 → Tuesday 02-24 (CC 203)', '2025-08-15', 'civilCode', '2026-02-24', '2026-02-15', [CC201, CC202, CC203], []],
  ['National Day 2025-10-05 → Thursday 10-09 (CC 203)', '2025-04-05', 'civilCode', '2025-10-09', '2025-10-05', [CC201, CC202, CC203], []],
  ['a plain Wednesday 2026-07-01 stays', '2026-01-01', 'civilCode', '2026-07-01', null, [CC201, CC202], []],
  ['CPL: National Day 2026-10-01 → 10-08 (CPL 85)', '2026-04-01', 'civilProcedure', '2026-10-08', '2026-10-01', [CPL85], []],
  ['CPL: Sunday 2026-03-01 → Monday 03-02 (CPL 85)', '2025-09-01', 'civilProcedure', '2026-03-02', '2026-03-01', [CPL85], []],
  ['CPL: working Sunday 2026-09-20 stays', '2026-03-20', 'civilProcedure', '2026-09-20', null, [CPL85], []],
  ['a year the calendar lacks: the day stays, Art 203 not applied', '2027-01-01', 'civilCode', '2027-07-01', null, [CC201, CC202], [CC203]],
  ['a year the calendar lacks (CPL): Art 85 not applied', '2027-01-01', 'civilProcedure', '2027-07-01', null, [CPL85], [CPL85]],
];

describe('a period of months ends on a working day', () => {
  it.each(PERIOD_ENDS)('%s', (_, from, law, lastDay, rolledFrom, articles, notApplied) => {
    expect(monthPeriodEnd(from, 6, law, restDays)).toEqual({ lastDay, rolledFrom, articles, notApplied });
  });
});

const catalogue = new CaseTypeCatalogue(join(REPO_ROOT, 'resources', 'case-types', 'catalogue.json'));
const rules = loadRuleSet(join(REPO_ROOT, 'resources', 'risk', 'rule-set.v1.json'), catalogue.types, SHIPPED_LPR);
const config = loadDefaultConfig(join(REPO_ROOT, 'resources', 'config', 'default-terminal.json'));
const report = (caseType: string, answers: RiskAnswers, asOf: string) =>
  RiskReport.parse(
    assess(rules, catalogue.get(caseType), answers, {
      asOf,
      bases: { divorce: 300 },
      averageWage: 121_724,
      courtDirectory: config.courtDirectory,
      courtCode: config.court.code,
      restDays,
    }),
  );

const loan = { hasIou: true, paidByTransfer: true, dueDateAgreed: true, guarantee: true };
const joint = (dueDate: string) => ({ ...loan, dueDate, guaranteeKind: 'joint', guarantorDemanded: false });
const general = (dueDate: string) => ({ ...loan, dueDate, guaranteeKind: 'general', debtorSued: false });
const refused = (previousJudgmentDate: string) => ({ previousRefused: true, previousSuitByApplicant: true, previousJudgmentDate });

interface PeriodScenario {
  checks: string;
  caseType: string;
  answers: RiskAnswers;
  today: string;
  /** The finding that must be made (with its article and the period's last day), if any, and the one that must not. */
  finding?: { id: string; article: string; lastDay: string; rolledFrom: string | null };
  not: string;
}

const GUARANTEE_JOINT = '《民法典》第六百九十二条、第六百九十三条第二款';
const GUARANTEE_SUE = '《民法典》第六百八十七条、第六百九十二条、第六百九十三条第一款';
const GUARANTEE_GONE = '《民法典》第六百八十六条第二款、第六百九十二条、第六百九十三条第一款';
const BAR = '《民事诉讼法》第一百二十七条第（七）项';

const SCENARIOS: PeriodScenario[] = [
  {
    checks: 'joint guarantee, period ending on National Day: still running on 10-08, the day it rolled to (CC 692, 203)',
    caseType: 'private_lending',
    answers: joint('2026-04-01'),
    today: '2026-10-08',
    not: 'guarantorMayBeReleased',
  },
  {
    checks: 'joint guarantee, period ending on National Day: over on 10-09, citing Art 203 beside Art 692',
    caseType: 'private_lending',
    answers: joint('2026-04-01'),
    today: '2026-10-09',
    finding: { id: 'guarantorMayBeReleased', article: `${GUARANTEE_JOINT}、第二百零三条`, lastDay: '2026-10-08', rolledFrom: '2026-10-01' },
    not: 'generalGuaranteeSueDebtor',
  },
  {
    checks: 'general guarantee ending on Saturday 11-21: sue the borrower until Monday 11-23 (CC 692, 693(1), 203)',
    caseType: 'private_lending',
    answers: general('2026-05-21'),
    today: '2026-11-23',
    finding: { id: 'generalGuaranteeSueDebtor', article: `${GUARANTEE_SUE}、第二百零三条`, lastDay: '2026-11-23', rolledFrom: '2026-11-21' },
    not: 'generalGuarantorMayBeReleased',
  },
  {
    checks: 'general guarantee ending on Saturday 11-21: released from Tuesday 11-24',
    caseType: 'private_lending',
    answers: general('2026-05-21'),
    today: '2026-11-24',
    finding: { id: 'generalGuarantorMayBeReleased', article: `${GUARANTEE_GONE}、第二百零三条`, lastDay: '2026-11-23', rolledFrom: '2026-11-21' },
    not: 'generalGuaranteeSueDebtor',
  },
  {
    checks: 'general guarantee ending on the working Saturday 2026-10-10: over on Sunday 10-11, no Art 203',
    caseType: 'private_lending',
    answers: general('2026-04-10'),
    today: '2026-10-11',
    finding: { id: 'generalGuarantorMayBeReleased', article: GUARANTEE_GONE, lastDay: '2026-10-10', rolledFrom: null },
    not: 'generalGuaranteeSueDebtor',
  },
  {
    checks: 'general guarantee ending on National Day 2025-10-05: still running on 10-09 (2025 calendar)',
    caseType: 'private_lending',
    answers: general('2025-04-05'),
    today: '2025-10-09',
    finding: { id: 'generalGuaranteeSueDebtor', article: `${GUARANTEE_SUE}、第二百零三条`, lastDay: '2025-10-09', rolledFrom: '2025-10-05' },
    not: 'generalGuarantorMayBeReleased',
  },
  {
    checks: 'divorce refused on 2026-04-01: the bar runs past National Day to 10-08 (CPL 127(7), 85)',
    caseType: 'divorce',
    answers: refused('2026-04-01'),
    today: '2026-10-08',
    finding: { id: 'sixMonthBar', article: `${BAR}、第八十五条`, lastDay: '2026-10-08', rolledFrom: '2026-10-01' },
    not: 'separationAfterRefusal',
  },
  {
    checks: 'divorce refused on 2026-05-21: the bar ending on Saturday 11-21 holds on Monday 11-23 (CPL 85)',
    caseType: 'divorce',
    answers: refused('2026-05-21'),
    today: '2026-11-23',
    finding: { id: 'sixMonthBar', article: `${BAR}、第八十五条`, lastDay: '2026-11-23', rolledFrom: '2026-11-21' },
    not: 'separationAfterRefusal',
  },
  {
    checks: 'divorce refused on 2026-04-10: the bar ends on the working Saturday 10-10 itself, still barred that day',
    caseType: 'divorce',
    answers: refused('2026-04-10'),
    today: '2026-10-10',
    finding: { id: 'sixMonthBar', article: BAR, lastDay: '2026-10-10', rolledFrom: null },
    not: 'separationAfterRefusal',
  },
];

describe('the guarantee period and the six-month bar roll past rest days', () => {
  it.each(SCENARIOS.map((s) => [s.checks, s] as const))('%s', (_, s) => {
    const findings = report(s.caseType, s.answers, s.today).findings;
    expect(findings.map((f) => f.id)).not.toContain(s.not);
    if (!s.finding) return;
    const f = findings.find((x) => x.id === s.finding!.id);
    expect(f?.article).toBe(s.finding.article);
    expect(f?.because.find((r) => r.period)?.period).toMatchObject({ lastDay: s.finding.lastDay, rolledFrom: s.finding.rolledFrom });
  });

  it.each([
    ['2026-10-09', 'the day after the rolled last day'],
    ['2026-10-12', 'a later working day'],
  ])('lifts the six-month bar on %s (%s)', (today) => {
    expect(report('divorce', refused('2026-04-01'), today).findings.map((f) => f.id)).not.toContain('sixMonthBar');
  });

  it('says the rolled last day in words, on the screen and the paper alike', () => {
    const f = report('divorce', refused('2026-04-01'), '2026-10-08').findings.find((x) => x.id === 'sixMonthBar')!;
    const reason = f.because.find((r) => r.period)!;
    const words = (language: string) =>
      reasonText({ t: createTranslator(join(REPO_ROOT, 'resources', 'locales'), language), language, questions: rules.questions, courtDirectory: [] }, reason);
    expect(words('zh-CN')).toContain('本应在2026年10月1日届满，这天是休息日或法定节假日，顺延到其后的第一个工作日2026年10月8日');
    expect(words('en')).toMatch(/1 October 2026.*8 October 2026/);
  });
});

describe('the labour limitation that cannot be dated cites its own law', () => {
  it('arbitration: 劳动争议调解仲裁法 Art 27, in words of the one-year arbitration limit, not Civil Code Art 188', () => {
    const f = report('labour', { claimKind: 'severance', employmentStatus: 'ended', arbitrationStage: 'none' }, '2026-11-23').findings;
    expect(f.map((x) => x.id)).not.toContain('limitationUnknown');
    expect(f.find((x) => x.id === 'arbitrationLimitationUnknown')).toMatchObject({
      article: '《劳动争议调解仲裁法》第二十七条',
      messageKey: 'risk.findings.arbitrationLimitationUnknown.message',
    });
    const zh = createTranslator(join(REPO_ROOT, 'resources', 'locales'), 'zh-CN');
    expect(zh('risk.findings.arbitrationLimitationUnknown.message')).toContain('一年劳动仲裁时效');
    expect(zh('risk.findings.arbitrationLimitationUnknown.message')).not.toMatch(/三年|诉讼时效/);
  });

  it('a wage IOU sued on directly: the civil period of Civil Code Art 188', () => {
    const f = report('labour', { claimKind: 'wages', employmentStatus: 'employed', wageIou: true, arbitrationStage: 'none' }, '2026-11-23').findings;
    expect(f.find((x) => x.id === 'wageIouLimitationUnknown')?.article).toBe('《民法典》第一百八十八条第一款');
    expect(f.map((x) => x.id)).not.toContain('arbitrationLimitationUnknown');
  });
});

describe('the limitation section names the time limit it is about', () => {
  const zh = createTranslator(join(REPO_ROOT, 'resources', 'locales'), 'zh-CN');
  const en = createTranslator(join(REPO_ROOT, 'resources', 'locales'), 'en');
  it.each<[string, string, RiskAnswers, string, string, RegExp]>([
    ['a loan', 'private_lending', { dueDate: '2025-03-01' }, 'civil', '诉讼时效', /^Limitation period$/],
    [
      'overtime pay after the job ended',
      'labour',
      { claimKind: 'overtime', employmentStatus: 'ended', employmentEndDate: '2025-10-01', arbitrationStage: 'none' },
      'labourArbitration',
      '劳动仲裁时效',
      /labour arbitration/,
    ],
    [
      'wages while still employed',
      'labour',
      { claimKind: 'wages', employmentStatus: 'employed', arbitrationStage: 'none' },
      'labourArbitration',
      '劳动仲裁时效',
      /labour arbitration/,
    ],
    [
      'a wage IOU sued on directly',
      'labour',
      { claimKind: 'wages', employmentStatus: 'employed', wageIou: true, arbitrationStage: 'none', iouPayDate: '2026-01-05' },
      'civil',
      '诉讼时效',
      /^Limitation period$/,
    ],
    ['a divorce', 'divorce', {}, 'civil', '诉讼时效', /^Limitation period$/],
  ])('%s: %s', (_, caseType, answers, period, zhTitle, enTitle) => {
    const { limitation } = report(caseType, answers, '2026-11-23');
    expect(limitation.period).toBe(period);
    expect(zh(limitationTitleKey(limitation))).toBe(zhTitle);
    expect(en(limitationTitleKey(limitation))).toMatch(enTitle);
  });
});
