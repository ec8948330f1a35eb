// Typing into whatever input has focus, as a physical keyboard would: at the caret, over a
// selection, within maxLength, and announced with an input event so React's onChange sees it.
import type { EditableElement } from './kinds';

/** Sets the value through the prototype's setter: React tracks the instance's own, and would miss it. */
function setNativeValue(element: EditableElement, value: string): void {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The caret and selection, or the end when the element cannot say (a blurred or number input). */
function selectionOf(element: EditableElement): [number, number] {
  const length = element.value.length;
  return [element.selectionStart ?? length, element.selectionEnd ?? length];
}

function placeCaret(element: EditableElement, at: number): void {
  // The field may have reformatted what was typed (grouped digits): never place the caret past its end.
  const caret = Math.min(at, element.value.length);
  element.setSelectionRange(caret, caret);
}

export function insertText(element: EditableElement, text: string): void {
  const [start, end] = selectionOf(element);
  const before = element.value.slice(0, start);
  const after = element.value.slice(end);
  // maxLength counts UTF-16 units, as the browser does for typed text.
  const room = element.maxLength >= 0 ? Math.max(0, element.maxLength - before.length - after.length) : text.length;
  const typed = text.slice(0, room);
  if (!typed) return;
  const wasAtEnd = end === element.value.length;
  setNativeValue(element, before + typed + after);
  placeCaret(element, wasAtEnd ? element.value.length : start + typed.length);
}

export function deleteBackward(element: EditableElement): void {
  const [start, end] = selectionOf(element);
  if (start === end && start === 0) return;
  const from = start === end ? start - 1 : start;
  const wasAtEnd = end === element.value.length;
  setNativeValue(element, element.value.slice(0, from) + element.value.slice(end));
  placeCaret(element, wasAtEnd ? element.value.length : from);
}

export function replaceValue(element: EditableElement, value: string): void {
  setNativeValue(element, value);
  placeCaret(element, element.value.length);
}
