// Docking: the app frame shrinks to the room above the keyboard (keyboard.css reads
// --keyboard-height), and the focused field's whole block — label, input, reading, error — is
// scrolled into that room.
import { useLayoutEffect, type RefObject } from 'react';
import type { EditableElement } from './kinds';

export function useDocking(panel: RefObject<HTMLElement | null>, field: EditableElement | null): void {
  // Before the browser paints the keyboard: a frame without data-keyboard showed it beside the page's
  // own number pad and over the footer, two pads at once.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!field || !element) return;
    const root = document.documentElement;
    const reveal = () => {
      (field.closest('.field') ?? field).scrollIntoView({ block: 'nearest' });
      // A block taller than the room left (a text area in elder mode) shows the field itself whole.
      field.scrollIntoView({ block: 'nearest' });
    };
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--keyboard-height', `${element.offsetHeight}px`);
      reveal();
    });
    root.dataset.keyboard = 'open';
    observer.observe(element);
    return () => {
      observer.disconnect();
      delete root.dataset.keyboard;
      root.style.removeProperty('--keyboard-height');
    };
  }, [panel, field]);
}
