// Which keyboard a field wants. A field says it with `data-keyboard` (TextField's `keyboard` prop
// sets it); the docked keyboard reads it from whatever input or textarea has focus, so a plain
// <input> another screen adds still gets a sensible layout from its type and inputMode.
import type { KeypadVariant } from '../components/numeric-entry';
import { isFieldContent, type FieldContent } from './field-words.data';

export const KEYBOARD_KINDS = ['chinese', 'latin', 'symbols', 'digits', 'amount', 'idNumber', 'phone'] as const;

/**
 * chinese: pinyin with phrase candidates (the default for text); latin: letters and digits, e.g. a
 * case number's letters or an email; symbols: punctuation; digits / amount / idNumber / phone: the
 * number pad with the keys and grouping of numeric-entry.ts (amount reads in 万 as you type).
 */
export type KeyboardKind = (typeof KEYBOARD_KINDS)[number];

/** The kinds typed on the number pad, each with the variant rule that says what it accepts. */
export const PAD_KINDS = ['digits', 'amount', 'idNumber', 'phone'] as const satisfies readonly KeypadVariant[];
export type PadKind = (typeof PAD_KINDS)[number];

export const isPadKind = (kind: KeyboardKind): kind is PadKind => (PAD_KINDS as readonly string[]).includes(kind);

const isKind = (value: string | undefined): value is KeyboardKind => (KEYBOARD_KINDS as readonly (string | undefined)[]).includes(value);

/** Inputs the keyboard can type into; buttons, checkboxes and the like never bring it up. */
export type EditableElement = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'email', 'url', 'number', 'password', '']);

export function isEditable(element: Element | null): element is EditableElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type) && !element.readOnly && !element.disabled;
}

/**
 * The layout for a focused field: its data-keyboard first, else what its type and inputMode say,
 * else Chinese. `data-keyboard="none"` (or inputmode="none" without a kind) means the field
 * brings its own pad, so the docked keyboard stays away.
 */
export function keyboardKindOf(element: EditableElement): KeyboardKind | null {
  const declared = element.dataset.keyboard;
  if (declared === 'none') return null;
  if (isKind(declared)) return declared;
  if (element.inputMode === 'none') return null;
  if (element instanceof HTMLInputElement && element.type === 'tel') return 'phone';
  if (element.inputMode === 'tel') return 'phone';
  if (element.inputMode === 'decimal') return 'amount';
  if (element.inputMode === 'numeric' || (element instanceof HTMLInputElement && element.type === 'number')) return 'digits';
  if (element instanceof HTMLInputElement && (element.type === 'email' || element.type === 'url')) return 'latin';
  // Names too open in pinyin, in the English screens as well: a Chinese litigant's name stands on
  // court papers in characters whatever language the screen was read in, and the English screens
  // are for people who read English better, not only for foreigners. A foreigner's name is Latin:
  // the 英文/ABC key is one tap away, and Enter puts typed letters in as they are.
  return 'chinese';
}

/**
 * What a Chinese field holds, which ranks its candidates (field-words.data.ts): its
 * data-keyboard-holds, else what its frequent entries say (surnames → a name), else free text.
 */
export function fieldContentOf(element: EditableElement): FieldContent {
  const declared = element.dataset.keyboardHolds;
  if (isFieldContent(declared)) return declared;
  if (element.dataset.keyboardPhrases === 'surnames') return 'name';
  return 'text';
}
