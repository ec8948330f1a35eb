// The action bar's primary place, open to the step: a step whose way forward is its own (file the
// case, confirm the notice) puts that button where Next would be, so the primary action has one
// look and one position on every screen and never scrolls away with a long step.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const PrimaryActionSlot = createContext<HTMLElement | null>(null);

/**
 * Tells the runner a step has put an action of its own in the bar (+1 while shown, -1 after): on a
 * finished screen that action is the way on (交费 after filing), so 完成 steps back to secondary and
 * the screen keeps one primary button.
 */
export const PrimaryActionClaim = createContext<(change: 1 | -1) => void>(() => undefined);

export function StepPrimaryAction({ children }: { children: ReactNode }) {
  const slot = useContext(PrimaryActionSlot);
  const claim = useContext(PrimaryActionClaim);
  useEffect(() => {
    claim(1);
    return () => claim(-1);
  }, [claim]);
  return slot ? createPortal(children, slot) : null;
}
