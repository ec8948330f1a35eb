// Litigation risk assessment on the kiosk: whole interviews for three dispute types in Chinese and
// in English — every question answered by tapping, as a litigant does — through to the report, the
// acknowledged risk notice, and both documents as printed, read back with pdftotext. Every screen
// of the first interview gets an axe scan and a screenshot; the reports and notices in every run.
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkScreen, expect, openKiosk, tapKeypad, test, type KioskUnderTest } from './fixtures';
import { ARRIVAL_DEAF_MS, CHOSEN_SHOWN_MS } from '../../renderer/src/flows/stepper/use-move-on';
import { expectStepReady, pickDate, unreachable } from './touch';

// Every question screen of one interview gets an axe scan and a screenshot: minutes on a busy machine.
test.describe.configure({ timeout: 480_000 });

type Language = 'zh-CN' | 'en';
type Tree = { [key: string]: string | Tree };
const LOCALES = resolve(__dirname, '../../resources/locales');
const locale = (lng: Language, ns: string) => JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree;
/** A risk key's text in a language, so the test taps what the screen says. */
function text(lng: Language, key: string): string {
  const [ns, ...path] = key.split('.');
  let node: string | Tree = locale(lng, ns!);
  for (const part of path) node = (node as Tree)[part]!;
  return node as string;
}

const UI = {
  'zh-CN': {
    service: '诉讼风险评估',
    next: '下一步',
    stepOpen: (n: number) => `第 ${n} 步`,
    switchTo: null,
  },
  en: {
    service: 'Litigation risk assessment',
    next: 'Next',
    stepOpen: (n: number) => `Step ${n}`,
    switchTo: 'English',
  },
};

interface Interview {
  caseType: string;
  /** Answers by question id; questions not named here are answered "I don't know". */
  answers: Record<string, boolean | string>;
  findings: string[];
  path: string;
  /** What the printed report must say, per language. */
  printed: Record<Language, string[]>;
}

const INTERVIEWS: Interview[] = [
  {
    caseType: 'private_lending',
    answers: {
      claimAmount: '100000',
      loanDate: '2023-01-05',
      hasIou: false,
      paidByTransfer: true,
      chatKept: true,
      interestAgreed: true,
      interestRate: '15.5',
      dueDateAgreed: true,
      dueDate: '2024-06-01',
      repayInInstalments: false,
      guarantee: false,
      idOfDefendantKnown: true,
      whereabouts: 'known',
      placeLender: '440704',
      assets: 'known',
    },
    findings: ['loanTransferOnly', 'interestAboveCeiling'],
    path: 'mediationFirst',
    printed: {
      'zh-CN': ['诉讼风险评估报告', '民间借贷纠纷', '15.5%', '最后一天是2027年6月1日', '跨域立案', '不是法律意见', '2,300.00 元'],
      en: ['Litigation Risk Assessment', 'Private lending', '15.5%', 'The last day is 1 June 2027', 'cross-region filing', 'not legal advice', 'CNY 2,300.00'],
    },
  },
  {
    caseType: 'labour',
    answers: {
      claimKind: 'wages',
      employmentStatus: 'ended',
      employmentEndDate: '2026-03-10',
      arbitrationStage: 'none',
      placeWork: '440703',
      hasLabourContract: false,
      payslipsKept: true,
      claimAmount: '24000',
      hardship: false,
    },
    findings: ['arbitrationFirst', 'noLabourContract'],
    path: 'labourArbitration',
    printed: {
      'zh-CN': ['劳动争议', '先申请劳动仲裁', '最后一天是2027年3月10日', '《劳动争议调解仲裁法》第五条', '10.00 元'],
      en: ['Employment dispute', 'Apply for labour arbitration first', 'The last day is 10 March 2027', '《劳动争议调解仲裁法》第五条', 'CNY 10.00'],
    },
  },
  {
    caseType: 'traffic_accident',
    answers: {
      accidentDate: '2025-08-01',
      injured: true,
      treatmentEnded: true,
      disabilityAppraised: false,
      policeReport: true,
      otherPartyResponsibility: 'full',
      otherVehicleInsured: 'yes',
      placeAccident: '440703',
      medicalBillsKept: true,
      hasPhotos: true,
      claimAmount: '80000',
      obstacle: false,
      hardship: false,
    },
    findings: ['appraisalNeeded', 'insurerCoDefendant'],
    path: 'mediationFirst',
    printed: {
      'zh-CN': ['机动车交通事故责任纠纷', '2028年8月1日', '由本院管辖'],
      en: ['1 August 2028', 'heard by this court'],
    },
  },
];

const catalogue = JSON.parse(readFileSync(resolve(__dirname, '../../resources/case-types/catalogue.json'), 'utf8')) as {
  types: { id: string; plain: Record<string, string>; name: Record<string, string> }[];
};
const typeOf = (id: string) => catalogue.types.find((t) => t.id === id)!;

async function next(page: Page, lng: Language): Promise<void> {
  const flow = page.locator('.flow');
  const step = (await flow.getAttribute('data-step'))!;
  await tap(page.locator('.flow__next').filter({ hasText: UI[lng].next }));
  await expect(flow).not.toHaveAttribute('data-step', step);
  // A card question not yet answered moves on by its cards, so it shows no Next.
  const cardsOnly = (await page.locator('.risk__answers').count()) > 0 && (await page.locator('.risk__answers [aria-pressed="true"]').count()) === 0;
  await expectStepReady(page, { opened: true, primary: !cardsOnly });
}

/** Taps made in this test, to report how many a person needs. */
let taps = 0;
async function tap(target: Locator): Promise<void> {
  taps += 1;
  await target.tap();
}

/**
 * The screen moves on by itself from this step once the chosen answer has been shown, as it
 * promises; the page clock is run on rather than waited for. The new step takes no one-tap answer
 * for a moment after (a tap meant for the screen before), so that moment is run on too.
 */
async function movedOnFrom(page: Page, step: string): Promise<void> {
  await page.clock.runFor(CHOSEN_SHOWN_MS);
  await expect(page.locator('.flow')).not.toHaveAttribute('data-step', step);
  await page.clock.runFor(ARRIVAL_DEAF_MS);
}

/**
 * Moving on by itself is safe for a slow or unsure finger: the answer shows as chosen before the
 * screen moves, a second tap on it while it shows does not answer the next question too, a tap as
 * the next question appears is not taken, and 上一步 brings the answer back to be corrected. The
 * page clock is held, so each moment is exact on a busy machine.
 */
async function expectOneTapSafe(page: Page, lng: Language, interview: Interview): Promise<void> {
  const flow = page.locator('.flow');
  const step = (await flow.getAttribute('data-step'))!;
  const id = (await page.locator('.risk--question').getAttribute('data-question'))!;
  const chosen = page
    .locator('.risk__answers')
    .getByRole('button', { name: text(lng, interview.answers[id] ? 'risk.answers.yes' : 'risk.answers.no'), exact: true });
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await chosen.tap();
  await expect(chosen).toHaveAttribute('aria-pressed', 'true');
  // No Next comes up while the answer shows, only to vanish as the screen moves under the finger.
  await expect(page.locator('.flow__next')).toHaveCount(0);
  await page.clock.runFor(CHOSEN_SHOWN_MS - 100);
  await expect(flow).toHaveAttribute('data-step', step);
  // The second tap of a slow double tap: it answers the same question again, and the moment starts over.
  await chosen.tap();
  await page.clock.runFor(CHOSEN_SHOWN_MS - 100);
  await expect(flow).toHaveAttribute('data-step', step);
  await page.clock.runFor(100);
  await expect(flow).not.toHaveAttribute('data-step', step);
  const following = (await flow.getAttribute('data-step'))!;
  // A tap the moment the next question appears is not its answer, not even "I don't know".
  const dontKnow = page.getByRole('button', { name: text(lng, 'risk.flow.question.dontKnow') });
  await dontKnow.tap();
  await page.clock.runFor(CHOSEN_SHOWN_MS);
  await expect(flow).toHaveAttribute('data-step', following);
  await expect(dontKnow).toHaveAttribute('aria-pressed', 'false');
  // 上一步: the answer is there to correct; Next (now shown) walks on with it kept.
  await page.getByRole('button', { name: text(lng, 'common.actions.back') }).tap();
  await expect(flow).toHaveAttribute('data-step', step);
  await expect(chosen).toHaveAttribute('aria-pressed', 'true');
  await next(page, lng);
  await expect(flow).toHaveAttribute('data-step', following);
  await page.clock.resume();
}

/** Questions answered by typing (or picking a date): Next stays on them, since the answer is not one tap. */
const TYPED = ['amount', 'date', 'percent'];
/** Whether this interview has checked "I don't know" on a typed question, screenshot and all (once is enough). */
let typedSkipSeen = false;

/** Where Next is and whether it is on top at its centre, as a finger would find it. */
const nextButtonPlace = (page: Page) =>
  page.locator('.flow__next').evaluate((button) => {
    const { x, y, width, height } = button.getBoundingClientRect();
    return { x, y, width, height, onTop: button.contains(document.elementFromPoint(x + width / 2, y + height / 2)) };
  });

/**
 * "I don't know" on a typed question moves on by itself too; while its choice shows, 下一步 stays
 * where it was, on top, neither hidden nor moved under a finger already on its way to it (issue 14).
 */
async function skipTypedInPlace(page: Page, lng: Language, step: string): Promise<'byItself'> {
  typedSkipSeen = true;
  await expect.poll(async () => (await nextButtonPlace(page)).onTop).toBe(true);
  // Measured at rest: the tap that brought this question may still be easing 下一步 back from its pressed look.
  await page.locator('.flow__next').evaluate((button) =>
    Promise.all(
      button
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished),
    ),
  );
  const before = await nextButtonPlace(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const dontKnow = page.getByRole('button', { name: text(lng, 'risk.flow.question.dontKnow') });
  await tap(dontKnow);
  await expect(dontKnow).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(CHOSEN_SHOWN_MS / 2);
  await expect(page.locator('.flow')).toHaveAttribute('data-step', step);
  await expect.poll(() => nextButtonPlace(page)).toEqual(before);
  await page.screenshot({ path: resolve(__dirname, `../artifacts/screenshots/risk-typed-dont-know-moving-${lng}.png`) });
  await movedOnFrom(page, step);
  await page.clock.resume();
  return 'byItself';
}

/** Whether this interview has typed on a question while its "I don't know" showed (once is enough). */
let typedChangeSeen = false;

/**
 * A key pressed while "I don't know" shows on a typed question is a change of mind: the screen stays
 * with the typed answer, which waits for Next. The keypad is cleared after, for the real answer.
 */
async function dontKnowThenType(page: Page, lng: Language, step: string): Promise<void> {
  typedChangeSeen = true;
  const dontKnow = page.getByRole('button', { name: text(lng, 'risk.flow.question.dontKnow') });
  const keypad = page.getByRole('group', { name: text(lng, 'keypad.label') });
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await dontKnow.tap();
  await keypad.getByRole('button', { name: '7', exact: true }).tap();
  await page.clock.runFor(CHOSEN_SHOWN_MS + ARRIVAL_DEAF_MS);
  await expect(page.locator('.flow')).toHaveAttribute('data-step', step);
  await expect(dontKnow).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.risk--question input').first()).toHaveValue('7');
  await page.clock.resume();
  await keypad.getByRole('button', { name: text(lng, 'keypad.clear'), exact: true }).tap();
}

/**
 * Answers the question on screen from the interview's answers, the way a person taps, and moves on:
 * a card or "I don't know" moves on by itself, a typed answer takes Next.
 */
async function answer(page: Page, lng: Language, interview: Interview): Promise<'byItself' | 'next'> {
  const step = (await page.locator('.flow').getAttribute('data-step'))!;
  const screen = page.locator('.risk--question');
  const id = (await screen.getAttribute('data-question'))!;
  const type = (await screen.getAttribute('data-question-type'))!;
  const given = interview.answers[id];
  const cards = page.locator('.risk__answers');
  if (given === undefined) {
    if (TYPED.includes(type) && !typedSkipSeen) return skipTypedInPlace(page, lng, step);
    await tap(page.getByRole('button', { name: text(lng, 'risk.flow.question.dontKnow') }));
    await movedOnFrom(page, step);
    return 'byItself';
  }
  if (type === 'yesNo') await tap(cards.getByRole('button', { name: text(lng, given ? 'risk.answers.yes' : 'risk.answers.no'), exact: true }));
  else if (type === 'choice') await tap(cards.getByRole('button', { name: text(lng, `risk.options.${id}.${given as string}`), exact: true }));
  else if (type === 'place')
    await tap(cards.locator(`.choice-card`, { hasText: given === 'elsewhere' ? text(lng, 'risk.answers.elsewhere') : courtName(lng, given as string) }));
  else if (type === 'date') {
    await pickDate(page, page.locator('.picker-field'), given as string, lng === 'en' ? 'en' : 'zh');
    taps += 3; // year, month and day (and a decade first, on a long range of years)
  } else {
    if (!typedChangeSeen) await dontKnowThenType(page, lng, step);
    await tapKeypad(page, given as string);
    taps += (given as string).length;
    // The field groups thousands as it shows them: 100,000.
    await expect.poll(async () => (await page.locator('.risk--question input').first().inputValue()).replaceAll(',', '')).toBe(given);
  }
  if (type === 'yesNo' || type === 'choice' || type === 'place') {
    // The chosen card shows as chosen before the next question comes.
    await expect(cards.locator('[aria-pressed="true"]')).toHaveCount(1);
    await movedOnFrom(page, step);
    return 'byItself';
  }
  await next(page, lng);
  return 'next';
}

const config = JSON.parse(readFileSync(resolve(__dirname, '../../resources/config/default-terminal.json'), 'utf8')) as {
  courtDirectory: { areas: string[]; name: Record<string, string> }[];
};
const courtName = (lng: Language, area: string) => config.courtDirectory.find((c) => c.areas.includes(area))!.name[lng]!;

function printedText(kiosk: KioskUnderTest, documentNo: string): string {
  const folder = join(kiosk.dataDir, 'printed');
  const file = readdirSync(folder).find((f) => f.includes(documentNo));
  if (!file) throw new Error(`${documentNo} was not printed`);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(folder, file), '-']).toString();
}

async function interview(page: Page, kiosk: KioskUnderTest, lng: Language, run: Interview, shootEveryScreen: boolean) {
  const tag = `${run.caseType}-${lng}`;
  await page.clock.install();
  await openKiosk(page, kiosk);
  if (UI[lng].switchTo) await page.getByRole('button', { name: UI[lng].switchTo }).tap();
  await page.locator('.service-card', { hasText: UI[lng].service }).tap();
  await expect(page.locator('.flow')).toHaveAttribute('data-step', 'dispute');
  // Before a dispute is chosen the counter promises no total it would have to take back.
  await expect(page.locator('.step-header__count')).toHaveText(UI[lng].stepOpen(1));
  if (shootEveryScreen) await checkScreen(page, `risk-0-dispute-${lng}`);
  taps = 0;
  typedSkipSeen = false;
  typedChangeSeen = false;
  await tap(page.locator('.risk__dispute', { hasText: typeOf(run.caseType).plain[lng]! }));
  await movedOnFrom(page, 'dispute');

  // One question per screen until the report; each screen says which question it asks, and the
  // counter's total never grows: it counts every question that may still come.
  const asked: string[] = [];
  let movedByItself = 1; // the dispute
  let total = Infinity;
  while ((await page.locator('.flow').getAttribute('data-step'))?.startsWith('q')) {
    const id = (await page.locator('.risk--question').getAttribute('data-question'))!;
    expect(asked).not.toContain(id);
    asked.push(id);
    const count = (await page.locator('.step-header__count').textContent())!;
    const [current, now] = count.match(/\d+/g)!.map(Number) as [number, number];
    expect(current).toBe(asked.length + 1);
    expect(now).toBeLessThanOrEqual(total);
    total = now;
    // A card question's way on is its own cards; a typed one shows Next.
    await expectStepReady(page, { primary: (await page.locator('.flow__next').count()) > 0 });
    if (shootEveryScreen) await checkScreen(page, `risk-q-${String(asked.length).padStart(2, '0')}-${id}-${lng}`);
    if ((await answer(page, lng, run)) === 'byItself') movedByItself += 1;
  }
  if (shootEveryScreen) expect([typedSkipSeen, typedChangeSeen], '"I don\'t know" on a typed question, and typing after it').toEqual([true, true]);
  // Steps: the dispute, the questions asked, the report and the notice — what the counter said last.
  expect(total).toBe(asked.length + 3);
  // For the record: before, each of these screens also needed 下一步.
  console.log(
    `risk ${run.caseType} ${lng}: ${asked.length} questions, ${taps} taps (before: ${taps + movedByItself}, one 下一步 on each of ${movedByItself} screens)`,
  );
  // Branching as the rule set says: a question behind a "no" is not asked.
  for (const id of Object.keys(run.answers)) expect(asked).toContain(id);

  await expect(page.locator('.flow')).toHaveAttribute('data-step', 'report');
  const report = page.locator('.risk-report');
  await expect(report).toHaveAttribute('data-recommended', run.path);
  for (const finding of run.findings) await expect(report.locator(`[data-finding="${finding}"]`)).toBeVisible();
  await expect(report.locator('.risk-report__disclaimer')).toHaveText(text(lng, 'risk.disclaimer'));
  await expect(report.locator('.risk__qr img')).toBeVisible();
  await checkScreen(page, `risk-report-${tag}`);
  if (shootEveryScreen) {
    // Elder mode: larger text and targets on the longest screen, still clean for axe.
    await page.locator('.elder-toggle').tap();
    await checkScreen(page, `risk-report-${tag}-elder`);
    await page.locator('.elder-toggle').tap();
  }

  const kept = await kiosk.query<{ id: string; document_no: string; rule_set_version: string; answers: string }>(
    'SELECT id, document_no, rule_set_version, answers FROM risk_reports',
  );
  expect(kept).toHaveLength(1);
  expect(JSON.parse(kept[0]!.answers)).toMatchObject(run.answers);
  expect(kept[0]!.rule_set_version).toBe(JSON.parse(readFileSync(resolve(__dirname, '../../resources/risk/rule-set.v1.json'), 'utf8')).version);

  await next(page, lng);
  await expect(page.locator('.flow')).toHaveAttribute('data-step', 'notice');
  await page.getByRole('button', { name: text(lng, 'risk.flow.notice.readAndUnderstood') }).tap();
  await checkScreen(page, `risk-notice-${tag}`);
  await page.getByRole('button', { name: text(lng, 'risk.flow.notice.confirm') }).tap();
  await expect(page.locator('[data-print-state="printed"]')).toBeVisible({ timeout: 30_000 });
  await checkScreen(page, `risk-printed-${tag}`);

  const ack = await kiosk.query<{ method: string }>('SELECT method FROM risk_acknowledgements');
  expect(ack).toEqual([{ method: 'readAndUnderstood' }]);
  const paper = printedText(kiosk, kept[0]!.document_no).replace(/\s+/g, ' ');
  for (const expected of run.printed[lng]) expect(paper).toContain(expected);
  const notice = printedText(kiosk, kept[0]!.document_no.replace('-FX-', '-GZ-')).replace(/\s+/g, ' ');
  expect(notice).toContain(lng === 'en' ? 'I have read and understood the above' : '本人已阅读并理解以上内容');
}

for (const run of INTERVIEWS) {
  for (const lng of ['zh-CN', 'en'] as const) {
    test(`${run.caseType} in ${lng}: the interview, the report, the acknowledged notice and both papers`, async ({ page, kiosk }) => {
      await interview(page, kiosk, lng, run, run.caseType === 'private_lending' && lng === 'zh-CN');
    });
  }
}

test('the report opens mediation and filing already filled in from the answers', async ({ page, kiosk }) => {
  const lng = 'zh-CN';
  const run: Interview = {
    ...INTERVIEWS[0]!,
    answers: {
      claimAmount: '50000',
      loanDate: '2024-03-01',
      hasIou: true,
      paidByTransfer: true,
      interestAgreed: false,
      dueDateAgreed: true,
      dueDate: '2025-03-01',
    },
  };
  await page.clock.install();
  await openKiosk(page, kiosk);
  await page.locator('.service-card', { hasText: UI[lng].service }).click();
  await tap(page.locator('.risk__dispute', { hasText: typeOf(run.caseType).plain[lng]! }));
  await movedOnFrom(page, 'dispute');
  while ((await page.locator('.risk--question').getAttribute('data-question-type')) !== 'yesNo') await answer(page, lng, run);
  await expectOneTapSafe(page, lng, run);
  while ((await page.locator('.flow').getAttribute('data-step'))?.startsWith('q')) await answer(page, lng, run);
  await expect(page.locator('.risk-report')).toBeVisible();
  // The ways on stand under the recommendation, on screen and on top as the report opens: nobody scrolls to its foot for them.
  await expect.poll(() => unreachable(page, ['.risk-report__path [data-carry-to="mediation"]', '.risk-report__path [data-carry-to="filing"]'])).toEqual([]);

  await page.locator('[data-carry-to="mediation"]').first().tap();
  await expect(page.locator('.flow')).toHaveAttribute('data-flow', 'mediation');
  await expect(page.getByRole('button', { name: typeOf(run.caseType).plain[lng]! })).toHaveAttribute('aria-pressed', 'true');
  const [draft] = await kiosk.query<{ data: string }>("SELECT data FROM drafts WHERE flow = 'mediation'");
  const values = (JSON.parse(draft!.data) as { values: { dispute: string; description: string } }).values;
  expect(values.dispute).toBe(run.caseType);
  // What happened, from the answers: the litigant adds to it rather than retyping dates and amounts.
  expect(values.description).toContain('50,000元');
  expect(values.description).toContain('2025年3月1日');
  // A few plain sentences, not a list of the questions with their answers.
  expect(values.description).toContain('双方没有约定利息。');
  expect(values.description).not.toMatch(/[？\n]|您答/);
  await checkScreen(page, 'risk-to-mediation-zh-CN');

  // Back to the risk assessment: its answers are kept, so Next walks straight back to the report.
  await page.getByRole('button', { name: '上一步' }).tap();
  await page.locator('.service-card', { hasText: UI[lng].service }).tap();
  await expect(page.locator('.flow')).toHaveAttribute('data-flow', 'risk');
  while ((await page.locator('.flow').getAttribute('data-step')) !== 'report') await next(page, lng);
  await page.locator('[data-carry-to="filing"]').first().tap();
  await expect(page.locator('.flow')).toHaveAttribute('data-flow', 'filing');
  const [filing] = await kiosk.query<{ data: string }>("SELECT data FROM drafts WHERE flow = 'filing'");
  expect((JSON.parse(filing!.data) as { values: { caseType: string } }).values.caseType).toBe(run.caseType);
  await checkScreen(page, 'risk-to-filing-zh-CN');
});
