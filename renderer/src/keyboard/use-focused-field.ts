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
    /** A finger has lifted and its click is still to come: a touch moves focus only then (at the compat mousedown). */
    let tapping = 0;
    const follow = () => {
      // A tap that takes focus away (Next, a keypad key) must land where it started: the page
      // grows back when the keyboard goes, so it waits until the tap's click is done.
      if (pressing || tapping) {
        pending = true;
        return;
      }
      setField(wantsKeyboard(document.activeElement) ? document.activeElement : null);
    };
    const settle = () => {
      window.clearTimeout(tapping);
      tapping = 0;
      // Timers run after the click that this pointerup belongs to.
      if (pending) setTimeout(follow, 0);
      pending = false;
    };
    const onPointerDown = () => {
      pressing = true;
    };
    const onPointerUp = (event: PointerEvent | MouseEvent) => {
      pressing = false;
      // With a finger, mousedown (which moves focus), mouseup and click come after pointerup; were
      // the keyboard to close between them, the button would move from under the finger and the
      // click would land beside it (issue 14: the first tap on 扫描 after typing did nothing).
      // A tap that makes no click (a drag) settles after a moment.
      if ('pointerType' in event && event.pointerType === 'touch' && event.type === 'pointerup') {
        window.clearTimeout(tapping);
        tapping = window.setTimeout(settle, 400);
      } else settle();
    };
    // Only the mouse events a touch makes (not a real mouse's): their mousedown is what moves focus.
    const onCompatMouse = (event: MouseEvent) => {
      const fromTouch = (event as MouseEvent & { sourceCapabilities?: { firesTouchEvents?: boolean } }).sourceCapabilities?.firesTouchEvents;
      if (!fromTouch) return;
      if (event.type === 'mousedown') onPointerDown();
      else onPointerUp(event);
    };
    // On focusout, activeElement is still the old field or already body; look once focus has settled.
    const onFocusOut = () => setTimeout(follow, 0);
    document.addEventListener('focusin', follow);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    // A finger's tap moves focus only at the mousedown Chromium makes after the touch has ended, and
    // its mouseup comes a task later: that press counts as well as the pointer's.
    document.addEventListener('mousedown', onCompatMouse, true);
    document.addEventListener('mouseup', onCompatMouse, true);
    document.addEventListener('click', settle, true);
    return () => {
      window.clearTimeout(tapping);
      document.removeEventListener('click', settle, true);
      document.removeEventListener('focusin', follow);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      document.removeEventListener('mousedown', onCompatMouse, true);
      document.removeEventListener('mouseup', onCompatMouse, true);
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
