// The one on-screen keyboard of the kiosk. Mounted once per visit (so what it learns goes with
// the visit at the idle wipe), it opens for whichever input or textarea has focus, with the
// layout the field asks for, docked at the bottom; keys never take focus from the field.
import { useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { pressKey, sanitizeTyped, type KeypadKey } from '../components/numeric-entry';
import { CandidateBar, Pages } from './CandidateBar';
import { deleteBackward, insertText, replaceValue } from './field-editing';
import type { FieldContent } from './field-words.data';
import { HandwritingPad } from './HandwritingPad';
import { fieldContentOf, isPadKind, keyboardKindOf, type EditableElement, type KeyboardKind, type PadKind } from './kinds';
import { PadKeys } from './PadKeys';
import { PHRASE_LISTS, type PhraseListId } from './phrases.data';
import { VisitVocabulary } from './ranking';
import { Key, TextKeys, type TextLayout } from './TextKeys';
import { useTerminalConfig } from '../app/terminal-config';
import { useDocking } from './use-docking';
import { useFocusedField } from './use-focused-field';
import { useHandwriting } from './use-handwriting';
import { usePinyin } from './use-pinyin';
import './keyboard.css';

// Keys keep the focus in the field: the press must not blur it, or the keyboard would close.
const keepFocus = (event: PointerEvent | MouseEvent) => event.preventDefault();

const phrasesOf = (field: EditableElement): readonly string[] => {
  const id = field.dataset.keyboardPhrases;
  return id && id in PHRASE_LISTS ? PHRASE_LISTS[id as PhraseListId] : [];
};

export function TouchKeyboard({ elder }: { elder: boolean }) {
  const field = useFocusedField();
  // What this visit chose ranks first; it lives as long as this component, which is the visit.
  const [vocabulary] = useState(() => new VisitVocabulary());
  // In elder mode the terminal says which Chinese input comes first: many who cannot spell pinyin can write.
  const { elderChineseInput } = useTerminalConfig().keyboard;
  const chinese: TextLayout = elder && elderChineseInput === 'handwriting' ? 'handwriting' : 'chinese';
  const kind = field ? keyboardKindOf(field) : null;
  if (!field || !kind) return null;
  // A new field starts in its own layout with nothing half-typed: remount per field.
  return <DockedKeyboard key={`${field.id}|${kind}`} field={field} kind={kind} chinese={chinese} vocabulary={vocabulary} />;
}

interface DockedKeyboardProps {
  field: EditableElement;
  kind: KeyboardKind;
  /** The layout a Chinese field opens in. */
  chinese: TextLayout;
  vocabulary: VisitVocabulary;
}

function DockedKeyboard({ field, kind, chinese, vocabulary }: DockedKeyboardProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLElement>(null);
  useDocking(panel, field);
  const pad: PadKind | null = isPadKind(kind) ? kind : null;

  const done = () => field.blur();

  return createPortal(
    // A landmark of its own: it sits outside the app's main, docked over the page.
    <section ref={panel} className="touch-keyboard" aria-label={t('keyboard.label')} data-kind={kind} onPointerDown={keepFocus} onMouseDown={keepFocus}>
      {pad ? (
        <div className="touch-keyboard__pad">
          <PadKeys
            variant={pad}
            controls={field.id || undefined}
            onKey={(key: KeypadKey) => replaceValue(field, pressKey(pad, sanitizeTyped(pad, field.value), key))}
          />
          <button type="button" className="touch-keyboard__key touch-keyboard__key--done" onClick={done}>
            {t('keyboard.keys.done')}
          </button>
        </div>
      ) : (
        <TextEntry
          field={field}
          initial={kind === 'latin' || kind === 'symbols' ? kind : chinese}
          content={fieldContentOf(field)}
          vocabulary={vocabulary}
          onDone={done}
        />
      )}
    </section>,
    document.body,
  );
}

interface TextEntryProps {
  field: EditableElement;
  initial: TextLayout;
  content: FieldContent;
  vocabulary: VisitVocabulary;
  onDone(): void;
}

function TextEntry({ field, initial, content, vocabulary, onDone }: TextEntryProps) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<TextLayout>(initial);
  const [shift, setShift] = useState(false);
  // What was last typed by handwriting, whose follow-on words (联想) the bar offers until the next stroke.
  const [lastPicked, setLastPicked] = useState('');
  const chinese = layout === 'chinese' || layout === 'handwriting';
  const pinyin = usePinyin(chinese, content, vocabulary);
  const handwriting = useHandwriting(layout === 'handwriting');

  const type = (text: string) => insertText(field, text);
  const letter = (key: string) => {
    if (layout === 'chinese') return pinyin.type(key);
    type(shift ? key.toUpperCase() : key);
    setShift(false);
  };
  const backspace = () => {
    if (layout === 'handwriting' && handwriting.strokes.length > 0) return handwriting.clear();
    setLastPicked('');
    return pinyin.composition ? pinyin.backspace() : deleteBackward(field);
  };
  // As in every pinyin input method, space takes the first candidate.
  const space = () => (pinyin.composition ? pinyin.commitFirst(type) : type(' '));
  const symbol = (mark: string) => {
    if (pinyin.composition) pinyin.commitFirst(type);
    type(mark);
  };
  const enter = () => {
    // Letters not meant as pinyin (a foreigner's name in Latin letters) go in as typed.
    if (pinyin.composition) return type(pinyin.takeRaw());
    if (field instanceof HTMLTextAreaElement) return type('\n');
    onDone();
  };
  const done = () => {
    if (pinyin.composition) pinyin.commitFirst(type);
    onDone();
  };
  const switchTo = (next: TextLayout) => {
    // What is half-typed goes in as the characters it stands for (建国路, not 建国lu).
    if (pinyin.composition) pinyin.commitFirst(type);
    handwriting.clear();
    setLastPicked('');
    setLayout(next);
  };
  const pickWritten = (text: string) => {
    type(text);
    handwriting.clear();
    setLastPicked(text);
  };

  const handwritingBar = (
    <div className="candidate-bar">
      {handwriting.strokes.length > 0 && handwriting.candidates.length > 0 ? (
        <Pages
          key={handwriting.strokes.length}
          label={t('keyboard.candidates.label')}
          items={handwriting.candidates}
          onPick={(index) => pickWritten(handwriting.candidates[index]!)}
        />
      ) : lastPicked && pinyin.followOns(lastPicked).length > 0 ? (
        <Pages
          key={lastPicked}
          label={t('keyboard.candidates.followOn')}
          items={pinyin.followOns(lastPicked)}
          onPick={(index) => pickWritten(pinyin.followOns(lastPicked)[index]!)}
        />
      ) : (
        <p className="candidate-bar__status">
          {handwriting.status === 'loading'
            ? t('keyboard.handwriting.loading')
            : handwriting.status === 'failed'
              ? t('keyboard.handwriting.failed')
              : t('keyboard.handwriting.hint')}
        </p>
      )}
    </div>
  );

  return (
    <>
      {layout === 'chinese' && <CandidateBar pinyin={pinyin} phrases={phrasesOf(field)} onType={type} />}
      {layout === 'handwriting' && handwritingBar}
      {!chinese && phrasesOf(field).length > 0 && <CandidateBar pinyin={null} phrases={phrasesOf(field)} onType={type} />}
      <TextKeys
        layout={layout}
        shift={shift}
        ascii={initial === 'latin'}
        multiline={field instanceof HTMLTextAreaElement}
        handwriting={
          <div className="touch-keyboard__handwriting">
            <HandwritingPad
              strokes={handwriting.strokes}
              onStroke={(stroke) => {
                setLastPicked('');
                handwriting.addStroke(stroke);
              }}
            />
            <Key wide="wide" label={t('keyboard.handwriting.rewrite')} onPress={handwriting.clear} />
          </div>
        }
        onLetter={letter}
        onSymbol={symbol}
        onSeparator={pinyin.separate}
        onBackspace={backspace}
        onSpace={space}
        onEnter={enter}
        onDone={done}
        onShift={() => setShift(!shift)}
        onLayout={switchTo}
      />
    </>
  );
}
