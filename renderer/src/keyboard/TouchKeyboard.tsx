// The one on-screen keyboard of the kiosk. Mounted once per visit (so what it learns goes with
// the visit at the idle wipe), it opens for whichever input or textarea has focus, with the
// layout the field asks for, docked at the bottom; keys never take focus from the field.
import { useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { pressKey, sanitizeTyped, type KeypadKey } from '../components/numeric-entry';
import { CandidateBar } from './CandidateBar';
import { deleteBackward, insertText, replaceValue } from './field-editing';
import { VisitVocabulary } from './ime';
import { isPadKind, keyboardKindOf, type EditableElement, type KeyboardKind, type PadKind } from './kinds';
import { PadKeys } from './PadKeys';
import { PHRASE_LISTS, type PhraseListId } from './phrases.data';
import { TextKeys, type TextLayout } from './TextKeys';
import { useDocking } from './use-docking';
import { useFocusedField } from './use-focused-field';
import { usePinyin } from './use-pinyin';
import './keyboard.css';

// Keys keep the focus in the field: the press must not blur it, or the keyboard would close.
const keepFocus = (event: PointerEvent | MouseEvent) => event.preventDefault();

const phrasesOf = (field: EditableElement): readonly string[] => {
  const id = field.dataset.keyboardPhrases;
  return id && id in PHRASE_LISTS ? PHRASE_LISTS[id as PhraseListId] : [];
};

export function TouchKeyboard() {
  const field = useFocusedField();
  // What this visit chose ranks first; it lives as long as this component, which is the visit.
  const [vocabulary] = useState(() => new VisitVocabulary());
  const kind = field ? keyboardKindOf(field) : null;
  if (!field || !kind) return null;
  // A new field starts in its own layout with nothing half-typed: remount per field.
  return <DockedKeyboard key={`${field.id}|${kind}`} field={field} kind={kind} vocabulary={vocabulary} />;
}

function DockedKeyboard({ field, kind, vocabulary }: { field: EditableElement; kind: KeyboardKind; vocabulary: VisitVocabulary }) {
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
        <TextEntry field={field} initial={kind === 'latin' || kind === 'symbols' ? kind : 'chinese'} vocabulary={vocabulary} onDone={done} />
      )}
    </section>,
    document.body,
  );
}

interface TextEntryProps {
  field: EditableElement;
  initial: TextLayout;
  vocabulary: VisitVocabulary;
  onDone(): void;
}

function TextEntry({ field, initial, vocabulary, onDone }: TextEntryProps) {
  const [layout, setLayout] = useState<TextLayout>(initial);
  const [shift, setShift] = useState(false);
  const pinyin = usePinyin(layout === 'chinese', vocabulary);

  const type = (text: string) => insertText(field, text);
  const letter = (key: string) => {
    if (layout === 'chinese') return pinyin.type(key);
    type(shift ? key.toUpperCase() : key);
    setShift(false);
  };
  const backspace = () => (pinyin.composition ? pinyin.backspace() : deleteBackward(field));
  // As in every pinyin input method, space takes the first candidate.
  const space = () => (pinyin.composition ? pinyin.commitFirst(type) : type(' '));
  const symbol = (mark: string) => {
    if (pinyin.composition) pinyin.commitFirst(type);
    type(mark);
  };
  const enter = () => {
    // Letters not meant as pinyin (a name in Latin letters) go in as typed.
    if (pinyin.composition) return type(pinyin.takeRaw());
    if (field instanceof HTMLTextAreaElement) return type('\n');
    onDone();
  };
  const switchTo = (next: TextLayout) => {
    if (pinyin.composition) type(pinyin.takeRaw());
    setLayout(next);
  };

  return (
    <>
      {layout === 'chinese' && <CandidateBar pinyin={pinyin} phrases={phrasesOf(field)} onType={type} />}
      {layout !== 'chinese' && phrasesOf(field).length > 0 && <CandidateBar pinyin={null} phrases={phrasesOf(field)} onType={type} />}
      <TextKeys
        layout={layout}
        shift={shift}
        ascii={initial === 'latin'}
        multiline={field instanceof HTMLTextAreaElement}
        onLetter={letter}
        onSymbol={symbol}
        onSeparator={pinyin.separate}
        onBackspace={backspace}
        onSpace={space}
        onEnter={enter}
        onShift={() => setShift(!shift)}
        onLayout={switchTo}
      />
    </>
  );
}
