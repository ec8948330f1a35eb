// The loan case of issue 14 walked from home to the queue ticket by touch, once: shared by the
// journey E2E spec (which asserts on it) and `npm run bench -- journey` (which measures it), so the
// two never walk different paths. 民间借贷: 50,000 yuan lent 2024-03-01, due 2025-03-01, 6 % a year —
// the risk assessment, its answers carried into filing, the filing signed and filed, the fee the
// court issued for it found and paid at the fee desk, and a queue number. Every touch is a real
// touch event and is counted in the page (a tap, or a key when it lands on a keyboard or keypad);
// after each step its title and primary action must be on screen and on top without scrolling.
import { expect, type Locator, type Page } from '@playwright/test';
import { ARRIVAL_DEAF_MS } from '../../renderer/src/flows/stepper/use-move-on';
import { pickDate, signByTouch, unreachable } from './touch';

/** Fictional people; the ID numbers pass the GB 11643 checksum. */
export const FILER = {
  name: '张建国',
  pinyin: [['zhangjianguo', '张建国']],
  idNumber: '440703195502100012',
  address: '广东省示范市蓬江区港口路 16 号 2 栋 502 房',
  area: ['广东省', '江门市', '蓬江区'],
  street: [['gangkoulu', '港口路'], '16', ['hao', '号']],
  phone: '13912345678',
} as const;
export const DEFENDANT = {
  name: '王强',
  pinyin: [['wangqiang', '王强']],
  area: ['广东省', '江门市', '蓬江区'],
  street: [['wuyilu', '五一路'], '21', ['hao', '号']],
} as const;

/** The risk interview's answers for the loan, by question id; a question not named is "不清楚，跳过". */
const RISK_ANSWERS: Record<string, boolean | string> = {
  claimAmount: '50000',
  loanDate: '2024-03-01',
  hasIou: true,
  paidByTransfer: true,
  interestAgreed: true,
  interestRate: '6',
  dueDateAgreed: true,
  dueDate: '2025-03-01',
  repayInInstalments: false,
  guarantee: false,
  idOfDefendantKnown: true,
  whereabouts: '知道',
  placeLender: '示范市人民法院辖区',
  hardship: false,
};

/** What a touch is, counted in the page as touchstart lands: a key on a keyboard or keypad, else a tap. */
export function countTouches(): void {
  const counts = { taps: 0, keys: 0 };
  (window as unknown as { journeyTouches: typeof counts }).journeyTouches = counts;
  document.addEventListener(
    'touchstart',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.touch-keyboard, .keypad')) counts.keys += 1;
      else counts.taps += 1;
    },
    { capture: true, passive: true },
  );
}

export type Variant = 'card reader' | 'typed';
export type Moment = 'risk report' | 'filing review' | 'filing receipt' | 'fee notice' | 'fee paid' | 'queue ticket';

/** The walk's tallies and its way of touching. */
export class Walk {
  readonly screens = new Set<string>();
  readonly offScreen: string[] = [];
  /** Targets a finger could not reach where the step stood: off screen or covered, so scrolled to first. */
  readonly scrolledTo: string[] = [];
  constructor(
    readonly page: Page,
    /** Called at a few key screens (the E2E spec scans and photographs them there). */
    private readonly at: (moment: Moment) => Promise<void> = async () => undefined,
    /** Called just before the filing is submitted (the bench times the receipt's printing from there). */
    readonly beforeFiling: () => void = () => undefined,
  ) {}

  async touches(): Promise<{ taps: number; keys: number }> {
    return this.page.evaluate(() => ({ ...(window as unknown as { journeyTouches: { taps: number; keys: number } }).journeyTouches }));
  }

  /**
   * A tap on something the step shows (not a key). A target outside the viewport or covered is
   * noted before Playwright scrolls it into view, as the litigant would have had to scroll to it.
   */
  async tap(target: Locator): Promise<void> {
    const reach = () =>
      target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        // Clipped by the step's own scrolling panel, what lies at its centre is whatever is drawn there (the action bar): not an overlap.
        const panel = element.closest('.flow__step')?.getBoundingClientRect();
        const where =
          box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth
            ? 'outside the viewport'
            : panel && (box.top < panel.top || box.bottom > panel.bottom)
              ? "outside the step's scrolled view"
              : null;
        const covered = hit && element.contains(hit) ? null : `covered by ${hit?.className || hit?.tagName}`;
        const name = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent;
        return where || covered ? `「${name?.trim().slice(0, 30)}」 ${where ?? covered}` : null;
      });
    // Given a moment to settle (a keyboard closing, a section opening), as a person's eye is.
    let problem: string | null = null;
    await expect
      .poll(async () => (problem = await reach()), { timeout: 1_000 })
      .toBeNull()
      .catch(() => undefined);
    if (problem) {
      const where = await this.page.evaluate(() => document.querySelector('.step-header__title')?.textContent ?? 'home');
      this.scrolledTo.push(`「${where}」 ${problem}`);
    }
    await target.tap();
  }

  async moment(moment: Moment): Promise<void> {
    await this.at(moment);
  }

  /**
   * Notes the step's title, and whether it and (with `primary`) the primary action are on screen
   * and on top as the step stands; given a moment to settle (a step animates in), never scrolled.
   */
  async step({ primary = true }: { primary?: boolean } = {}): Promise<void> {
    const title = this.page.locator('.step-header__title');
    await expect(title).toBeVisible();
    const text = (await title.textContent()) ?? '';
    this.screens.add(text);
    const wanted = ['.step-header__title', ...(primary ? ['.flow__primary .button--primary'] : [])];
    let problems: string[] = [];
    await expect
      .poll(async () => (problems = await unreachable(this.page, wanted)), { timeout: 2_000 })
      .toEqual([])
      .catch(() => undefined);
    for (const problem of problems) this.offScreen.push(`「${text}」 ${problem}`);
  }

  /** The step's primary action (下一步, 提交…), where the check above found it. */
  async next(): Promise<void> {
    await this.tap(this.page.locator('.flow__primary .button--primary'));
  }

  /** Digits and X on whichever number pad is up: the page's keypad or the docked keyboard as one. */
  async keypad(text: string): Promise<void> {
    const pad = this.page.getByRole('group', { name: '数字键盘' }).filter({ visible: true });
    for (const key of text) await pad.getByRole('button', { name: key, exact: true }).tap();
  }

  /** Taps a number field open, its digits on the pad that comes up, and 完成 when that is the docked keyboard. */
  async typeDigits(field: Locator, digits: string): Promise<void> {
    await this.tap(field);
    await this.keypad(digits);
    await this.done();
  }

  /** 完成 on the docked keyboard, which closes it. */
  async done(): Promise<void> {
    const board = keyboard(this.page);
    if ((await board.count()) === 0) return;
    await board.getByRole('button', { name: '完成', exact: true }).tap();
    await expect(board).toHaveCount(0);
  }

  /**
   * Chinese text by pinyin on the docked keyboard: each [pinyin, word] tapped letter by letter and
   * its word picked from the candidates; a bare string (a house number) typed on the symbols page.
   */
  async typePinyin(field: Locator, parts: readonly (string | readonly [string, string])[]): Promise<void> {
    await this.tap(field);
    const board = keyboard(this.page);
    await expect(board).toBeVisible();
    const key = (name: string) => board.getByRole('button', { name, exact: true });
    // Elder mode opens Chinese fields in 手写 (handwriting); pinyin is one tap away.
    if ((await board.locator('.handwriting-pad__canvas').count()) > 0) await key('中文').tap();
    for (const part of parts) {
      if (typeof part === 'string') {
        await key('符号').tap();
        for (const digit of part) await key(digit).tap();
        await key('中文').tap();
        continue;
      }
      const [pinyin, word] = part;
      for (const letter of pinyin) await key(letter).tap();
      await board.getByRole('group', { name: '候选词' }).getByRole('button', { name: word, exact: true }).first().tap();
    }
    await this.done();
  }
}

const keyboard = (page: Page) => page.getByRole('region', { name: '屏幕键盘' });

/**
 * A card answer moves the interview on by itself once shown; the question after it takes no tap
 * for a moment (a tap meant for the one before), so a person's next tap comes after that moment.
 */
async function movedOnFrom(page: Page, step: string): Promise<void> {
  await expect(page.locator('.flow')).not.toHaveAttribute('data-step', step);
  await page.waitForTimeout(ARRIVAL_DEAF_MS);
}

/** Home → 诉讼风险评估 → 民间借贷 → every question → the report → 我要立案. */
async function riskAssessment(walk: Walk): Promise<void> {
  const { page } = walk;
  const flow = page.locator('.flow');
  await walk.tap(page.getByRole('button', { name: /诉讼风险评估/ }));
  await walk.step({ primary: false });
  await walk.tap(page.getByRole('button', { name: /借钱给别人，到期不还/ }));
  await movedOnFrom(page, 'dispute');
  for (let step = await flow.getAttribute('data-step'); step?.startsWith('q'); step = await flow.getAttribute('data-step')) {
    const question = page.locator('.risk--question');
    const id = (await question.getAttribute('data-question'))!;
    const type = (await question.getAttribute('data-question-type'))!;
    const given = RISK_ANSWERS[id];
    const typed = type === 'date' || type === 'amount' || type === 'percent';
    await walk.step({ primary: typed && given !== undefined });
    const cards = page.locator('.risk__answers');
    if (given === undefined) await walk.tap(page.getByRole('button', { name: '不清楚，跳过' }));
    else if (type === 'yesNo') await walk.tap(cards.getByRole('button', { name: given ? '是' : '否', exact: true }));
    else if (type === 'choice' || type === 'place') await walk.tap(cards.getByRole('button', { name: new RegExp(given as string) }).first());
    else if (type === 'date') await pickDate(page, page.locator('.picker-field'), given as string, 'zh');
    else await walk.keypad(given as string);
    if (typed && given !== undefined) await walk.next();
    await movedOnFrom(page, step);
  }
  await expect(flow).toHaveAttribute('data-step', 'report');
  await walk.step();
  await walk.moment('risk report');
  // 我要立案 is under the recommendation at the report's top (and again at its foot): the top one, where the litigant is.
  await walk.tap(page.locator('.risk-report__path').getByRole('button', { name: '我要立案' }));
  await expect(flow).toHaveAttribute('data-flow', 'filing');
}

/** Picks an address's province, city and district from the division pickers, which open one after another. */
async function pickArea(walk: Walk, party: Locator, names: readonly string[]): Promise<void> {
  const { page } = walk;
  await walk.tap(party.getByRole('button', { name: /省/ }).first());
  for (const name of names) await walk.tap(page.getByRole('dialog').getByRole('button', { name, exact: true }));
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Filing steps 1–10 from the carried-over draft; the filer's ID from the card reader or typed on the keypad. */
async function filing(walk: Walk, variant: Variant): Promise<void> {
  const { page } = walk;
  const stepIs = (n: number) => expect(page.locator('.step-header__count')).toHaveText(`第 ${n} 步，共 10 步`);
  const next = async (n: number) => {
    await walk.next();
    await stepIs(n);
    await walk.step();
  };

  // 1 — who is filing.
  await stepIs(1);
  await walk.step();
  if (variant === 'card reader') {
    await walk.tap(page.getByRole('button', { name: '读取身份证' }));
    await expect(page.getByText('已读取身份证')).toBeVisible();
  } else {
    await walk.typePinyin(page.getByLabel('姓名', { exact: true }), FILER.pinyin);
    await walk.typeDigits(page.getByLabel('居民身份证号码'), FILER.idNumber);
  }
  await next(2);

  // 2 — the case type, carried over from the risk assessment.
  await expect(page.getByRole('button', { name: /借钱给别人，到期不还/ })).toHaveAttribute('aria-pressed', 'true');
  await next(3);

  // 3 — the parties, one to a page: the filer's phone (and the rest of the card when typed), then the defendant's name and address.
  const filer = page.locator('[data-party="plaintiffs.0"]');
  await walk.typeDigits(filer.getByLabel('联系电话'), FILER.phone);
  if (variant === 'typed') {
    // Without the card, 民族 is picked from the list (汉族 first).
    await walk.tap(filer.getByRole('button', { name: /^民族/ }));
    await walk.tap(page.getByRole('dialog').getByRole('button', { name: '汉族', exact: true }));
    await pickArea(walk, filer, FILER.area);
    await walk.typePinyin(filer.getByLabel('详细地址'), FILER.street);
  }
  await walk.tap(page.getByRole('button', { name: /^被告 1 / }));
  const defendant = page.locator('[data-party="defendants.0"]');
  await walk.typePinyin(defendant.getByLabel('姓名'), DEFENDANT.pinyin);
  await pickArea(walk, defendant, DEFENDANT.area);
  // The defendant's phone may stay empty (a plaintiff may not know it): the address is what the court serves papers at.
  await walk.typePinyin(defendant.getByLabel('详细地址'), DEFENDANT.street);
  await walk.step();
  await next(4);

  // 4 — the loan's elements: what the risk answers gave is there; how it was paid and what is still owed are asked.
  const element = (id: string) => page.locator(`[data-element="${id}"]`);
  await expect(element('principal')).toContainText('5 万元');
  await walk.tap(element('deliveryMethod').getByRole('button', { name: '银行转账' }));
  await walk.typeDigits(element('principalOutstanding').getByRole('textbox'), '50000');
  await walk.step();
  await next(5);

  // 5 — claims and facts, written from the elements.
  await expect(page.getByLabel('第 1 项请求')).toHaveValue(/50,?000/);
  await next(6);

  // 6 — evidence: none added. Evidence is optional (the read-back warns); the walk is the shortest filing main accepts.
  await next(7);

  // 7 — consents: the address and phone are the filer's already; confirm and answer.
  await walk.tap(page.getByRole('button', { name: /我确认以上送达地址真实有效/ }));
  await walk.tap(page.getByRole('group', { name: /短信、电子诉讼平台/ }).getByRole('button', { name: '是' }));
  await walk.tap(page.getByRole('group', { name: /诉前调解/ }).getByRole('button', { name: '否' }));
  await walk.step();
  await next(8);

  // 8 — the court: the defendant lives in this court's area.
  await expect(page.getByRole('button', { name: /本院/ })).toHaveAttribute('aria-pressed', 'true');
  await next(9);

  // 9 — the read-back.
  await expect(page.locator('[data-section="parties"]')).toContainText(DEFENDANT.name);
  await walk.moment('filing review');
  await next(10);

  // 10 — sign and file; the receipt prints by itself. signByTouch scrolls to the pad as a person would.
  const pad = page.locator('.signature-pad__canvas');
  if (!(await pad.evaluate((canvas) => canvas.getBoundingClientRect().bottom <= innerHeight)))
    walk.scrolledTo.push(`「${await page.locator('.step-header__title').textContent()}」 the signature pad outside the viewport`);
  await signByTouch(page, pad);
  await walk.step();
  walk.beforeFiling();
  await walk.next();
  await expect(page.locator('.filing-receipt')).toBeVisible();
  await walk.step();
  await expect(page.locator('[data-print-state="printed"]')).toBeVisible({ timeout: 60_000 });
  await walk.moment('filing receipt');
}

/**
 * The fee the court issued for the filing, paid at once: 交费 on the receipt opens the fee desk with the
 * notice looked up by the receipt number and the filer's ID the visit already has; paid by card.
 */
async function fee(walk: Walk): Promise<void> {
  const { page } = walk;
  await walk.tap(page.getByRole('button', { name: '交费', exact: true }));
  await expect(page.getByTestId('notice-total')).toBeVisible({ timeout: 30_000 });
  await walk.step({ primary: false });
  await walk.moment('fee notice');
  await walk.tap(page.getByRole('button', { name: /刷银行卡/ }));
  await expect(page.locator('[data-payment-state="confirmed"]')).toBeVisible({ timeout: 30_000 });
  await walk.step();
  await walk.moment('fee paid');
}

/** The queue ticket for the filing desk. */
async function queue(walk: Walk): Promise<void> {
  const { page } = walk;
  await walk.tap(page.locator('.flow__finish'));
  await walk.tap(page.getByRole('button', { name: /取号排队/ }));
  await walk.tap(page.getByRole('button', { name: /立案帮办/ }));
  await walk.tap(page.getByRole('button', { name: /我是老年人/ }));
  await walk.step();
  await walk.next();
  await expect(page.locator('.ticket__number')).toHaveText(/^A\d{3}$/);
  await walk.step();
  await walk.moment('queue ticket');
}

export const LEGS: readonly { name: string; walk(walk: Walk, variant: Variant): Promise<void> }[] = [
  { name: 'risk assessment', walk: riskAssessment },
  { name: 'filing', walk: filing },
  { name: 'fee', walk: fee },
  { name: 'queue ticket', walk: queue },
];

/** The whole journey, leg by leg, from the home screen. */
export async function walkJourney(walk: Walk, variant: Variant): Promise<void> {
  for (const leg of LEGS) await leg.walk(walk, variant);
}
