// The action bar's primary place, open to the step: a step whose way forward is its own (file the
// case, confirm the notice) puts that button where Next would be, so the primary action has one
// look and one position on every screen and never scrolls away with a long step.
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const PrimaryActionSlot = createContext<HTMLElement | null>(null);

export function StepPrimaryAction({ children }: { children: ReactNode }) {
  const slot = useContext(PrimaryActionSlot);
  return slot ? createPortal(children, slot) : null;
}
