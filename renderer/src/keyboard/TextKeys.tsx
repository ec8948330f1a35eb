// The text layouts' keys: letters (pinyin or Latin), or digits and punctuation, with delete,
// space, enter and the switches between layouts on the bottom row.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackspaceIcon } from '../components/icons';
import { ASCII_SYMBOL_ROWS, CHINESE_PUNCTUATION, LATIN_PUNCTUATION, LETTER_ROWS, SYMBOL_ROWS } from './layouts.data';

export type TextLayout = 'chinese' | 'latin' | 'symbols';

const LAYOUTS: TextLayout[] = ['chinese', 'latin', 'symbols'];

export interface TextKeysProps {
  layout: TextLayout;
  shift: boolean;
  /** The field wants Latin text: its symbols page has half-width marks. */
  ascii: boolean;
  /** A text area takes new lines; a one-line field is done instead. */
  multiline: boolean;
  onLetter(letter: string): void;
  onSymbol(symbol: string): void;
  onSeparator(): void;
  onBackspace(): void;
  onSpace(): void;
  onEnter(): void;
  onShift(): void;
  onLayout(layout: TextLayout): void;
}

// Chinese marks and the 中文 switch stay Chinese whatever the screen's language: say so to screen
// readers (and to the test that finds no Chinese left on an English screen).
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function Key({ label, onPress, wide, name, pressed }: { label: ReactNode; onPress(): void; wide?: 'wide' | 'space'; name?: string; pressed?: boolean }) {
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

  return (
    <div className="touch-keyboard__rows">
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
      <div className="touch-keyboard__row">
        {LAYOUTS.filter((each) => each !== layout).map((each) => (
          <Key key={each} wide="wide" label={t(`keyboard.layouts.${each}`)} onPress={() => props.onLayout(each)} />
        ))}
        <Key wide="space" label={t('keyboard.keys.space')} onPress={props.onSpace} />
        <Key wide="wide" label={props.multiline ? t('keyboard.keys.enter') : t('keyboard.keys.done')} onPress={props.onEnter} />
      </div>
    </div>
  );
}
