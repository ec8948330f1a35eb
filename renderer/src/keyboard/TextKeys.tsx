// The text layouts' keys: letters (pinyin, or Latin under a row of digits), or digits and punctuation, with delete,
// space, enter and the switches between layouts on the bottom row.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackspaceIcon } from '../components/icons';
import { ASCII_SYMBOL_ROWS, CHINESE_PUNCTUATION, LATIN_DIGIT_ROW, LATIN_PUNCTUATION, LETTER_ROWS, SYMBOL_ROWS } from './layouts.data';

export type TextLayout = 'chinese' | 'handwriting' | 'latin' | 'symbols';

/** The layouts a field can switch between: handwriting is for Chinese, so a Latin-only field has none. */
const layoutsFor = (ascii: boolean): TextLayout[] => (ascii ? ['latin', 'symbols'] : ['chinese', 'handwriting', 'latin', 'symbols']);

export interface TextKeysProps {
  layout: TextLayout;
  shift: boolean;
  /** The field wants Latin text: its symbols page has half-width marks. */
  ascii: boolean;
  /** A text area takes new lines on enter, and has a done key of its own beside it; a one-line field is done on enter. */
  multiline: boolean;
  /** The handwriting pad and its keys, shown instead of the letter rows in the handwriting layout. */
  handwriting?: ReactNode;
  onLetter(letter: string): void;
  onSymbol(symbol: string): void;
  onSeparator(): void;
  onBackspace(): void;
  onSpace(): void;
  onEnter(): void;
  onDone(): void;
  onShift(): void;
  onLayout(layout: TextLayout): void;
}

// Chinese marks and the 中文 switch stay Chinese whatever the screen's language: say so to screen
// readers (and to the test that finds no Chinese left on an English screen).
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

export function Key({
  label,
  onPress,
  wide,
  name,
  pressed,
}: {
  label: ReactNode;
  onPress(): void;
  wide?: 'wide' | 'space' | 'done';
  name?: string;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      tabIndex={-1}
      lang={typeof label === 'string' && CHINESE.test(label) ? 'zh-CN' : undefined}
      className={wide ? `touch-keyboard__key touch-keyboard__key--${wide}` : 'touch-keyboard__key'}
      aria-label={name}
      aria-pressed={pressed}
      onClick={onPress}
    >
      {label}
    </button>
  );
}

export function TextKeys(props: TextKeysProps) {
  const { t } = useTranslation();
  const { layout, shift } = props;
  const letters = (row: string[]) =>
    row.map((letter) => <Key key={letter} label={shift ? letter.toUpperCase() : letter} onPress={() => props.onLetter(letter)} />);
  const marks = (row: readonly string[]) => row.map((mark) => <Key key={mark} label={mark} onPress={() => props.onSymbol(mark)} />);
  const backspace = <Key key="backspace" wide="wide" name={t('keyboard.keys.backspace')} label={<BackspaceIcon />} onPress={props.onBackspace} />;
  const [top = [], middle = [], bottom = []] = layout === 'symbols' ? (props.ascii ? ASCII_SYMBOL_ROWS : SYMBOL_ROWS) : LETTER_ROWS;

  const bottomRow = (
    <div className="touch-keyboard__row">
      {layoutsFor(props.ascii)
        .filter((each) => each !== layout)
        .map((each) => (
          <Key key={each} wide="wide" label={t(`keyboard.layouts.${each}`)} onPress={() => props.onLayout(each)} />
        ))}
      <Key wide="space" label={t('keyboard.keys.space')} onPress={props.onSpace} />
      {layout === 'handwriting' && backspace}
      {props.multiline && <Key wide="wide" label={t('keyboard.keys.enter')} onPress={props.onEnter} />}
      <Key wide="done" label={t('keyboard.keys.done')} onPress={props.multiline ? props.onDone : props.onEnter} />
    </div>
  );
  if (layout === 'handwriting') {
    return (
      <div className="touch-keyboard__rows">
        {props.handwriting}
        {bottomRow}
      </div>
    );
  }
  return (
    <div className="touch-keyboard__rows">
      {layout === 'latin' && <div className="touch-keyboard__row">{marks(LATIN_DIGIT_ROW)}</div>}
      <div className="touch-keyboard__row">{layout === 'symbols' ? marks(top) : letters(top)}</div>
      <div className="touch-keyboard__row">
        {layout === 'symbols' ? marks(middle) : letters(middle)}
        {backspace}
      </div>
      <div className="touch-keyboard__row">
        {layout === 'chinese' && <Key wide="wide" label={t('keyboard.keys.separator')} onPress={props.onSeparator} />}
        {layout === 'latin' && <Key wide="wide" label={t('keyboard.keys.shift')} pressed={shift} onPress={props.onShift} />}
        {layout === 'symbols' ? marks(bottom) : letters(bottom)}
        {layout !== 'symbols' && marks(layout === 'chinese' ? CHINESE_PUNCTUATION : LATIN_PUNCTUATION)}
      </div>
      {bottomRow}
    </div>
  );
}
