// The editable field that has focus now, if the docked keyboard should type into it: followed
// through focus changes and through the field leaving the page (a step changing under it).
import { useEffect, useState } from 'react';
import { isEditable, keyboardKindOf, type EditableElement } from './kinds';

const wantsKeyboard = (element: Element | null): element is EditableElement => isEditable(element) && keyboardKindOf(element) !== null;

export function useFocusedField(): EditableElement | null {
  const [field, setField] = useState<EditableElement | null>(() => (wantsKeyboard(document.activeElement) ? document.activeElement : null));

  useEffect(() => {
    let pressing = false;
    let pending = false;
    const follow = () => {
      // A tap that takes focus away (Next, a keypad key) must land where it started: the page
      // grows back when the keyboard goes, so it waits until the tap's click is done. A finger's
      // tap moves focus only at the mousedown Chromium makes after the touch has ended, and its
      // mouseup comes a task later, so that press counts as well as the pointer's.
      if (pressing) {
        pending = true;
        return;
      }
      setField(wantsKeyboard(document.activeElement) ? document.activeElement : null);
    };
    const onPointerDown = () => {
      pressing = true;
    };
    const onPointerUp = () => {
      pressing = false;
      // Timers run after the click that this pointerup belongs to.
      if (pending) setTimeout(follow, 0);
      pending = false;
    };
    // On focusout, activeElement is still the old field or already body; look once focus has settled.
    const onFocusOut = () => setTimeout(follow, 0);
    document.addEventListener('focusin', follow);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    document.addEventListener('mousedown', onPointerDown, true);
    document.addEventListener('mouseup', onPointerUp, true);
    return () => {
      document.removeEventListener('focusin', follow);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      document.removeEventListener('mousedown', onPointerDown, true);
      document.removeEventListener('mouseup', onPointerUp, true);
    };
  }, []);

  useEffect(() => {
    if (!field) return;
    // Chromium fires no blur when a focused element is removed, as when the stepper moves on.
    const observer = new MutationObserver(() => {
      if (!field.isConnected) setField(null);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [field]);

  return field;
}
