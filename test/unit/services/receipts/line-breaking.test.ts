// Chinese line breaking: 避头尾, mixed scripts, long Latin words and empty text, with a fixed-width
// measure (1 per CJK character, 0.5 per Latin character) so the expected lines can be read off.
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../../main/services/receipts/line-breaking';
import { CJK_UNIT } from '../../../../main/services/receipts/line-rules.data';

const measure = (text: string) => [...text].reduce((w, ch) => w + (CJK_UNIT.test(ch) ? 1 : 0.5), 0);

describe('breakLines', () => {
  it.each([
    // [why, text, width, lines]
    ['breaks between any two CJK characters', '人民法院诉讼服务中心', 4, ['人民法院', '诉讼服务', '中心']],
    ['a comma never starts a line: it takes the character before it along', '原告李某，被告王某', 4, ['原告李', '某，被告', '王某']],
    ['a full stop never starts a line', '本院已收到。请保管', 5, ['本院已收', '到。请保管']],
    ['closing title marks and brackets never start a line', '依据《民法典》）规定', 5, ['依据《民法', '典》）规定']],
    ['an opening bracket never ends a line', '甲乙丙（丁）', 4, ['甲乙丙', '（丁）']],
    ['an opening title mark never ends a line', '依据民法《典》', 4, ['依据民法', '《典》']],
    ['a two-em dash is never split from itself or what precedes it', '一二三——四五', 4, ['一二三——', '四五']],
    ['Latin words stay whole and break at spaces', 'the court has received it', 6, ['the court', 'has received', 'it']],
    ['digits and their punctuation stay with each other', '金额128,500.00元整', 6, ['金额', '128,500.00元', '整']],
    ['a Latin word longer than the line is broken inside, only then', 'https://court.example/verify', 5, ['https://co', 'urt.exampl', 'e/verify']],
    [
      'a too-long word with dashes breaks after a dash, a receipt number between its groups',
      'KIOSK-01-LA-20261123-0007-31648',
      13,
      ['KIOSK-01-LA-20261123-0007-', '31648'],
    ],
    ['a part between dashes too long for any line is broken inside, filling the line', 'AB-0123456789012345', 4, ['AB-01234', '56789012', '345']],
    ['a line may break between CJK and Latin', '终端KIOSK-01已', 4, ['终端', 'KIOSK-01', '已']],
    ['an empty field has no lines', '', 10, []],
    ['blank text has no lines', '   \n  ', 10, []],
    ['a newline forces a break', '第一行\n第二行', 10, ['第一行', '第二行']],
  ])('%s', (_why, text, width, lines) => {
    expect(breakLines(text, width, measure)).toEqual(lines);
  });

  it('narrows the first line for a paragraph indent', () => {
    expect(breakLines('一二三四五六七八', 4, measure, 2)).toEqual(['一二', '三四五六', '七八']);
  });

  it('never starts a line with forbidden punctuation, for any width', () => {
    const text = '原告李晓华诉称：2024年9月1日，被告向原告借款人民币120,000元（大写：拾贰万元整），约定于“2025年2月28日”前归还。被告至今未还！';
    for (let width = 3; width <= 30; width++) {
      const lines = breakLines(text, width, measure);
      expect(lines.join('')).toBe(text);
      for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[，。、；：？！）」』》”]/);
      for (const line of lines.slice(0, -1)) expect(line.slice(-1)).not.toMatch(/[（「『《“]/);
    }
  });
});
