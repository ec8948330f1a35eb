// Moving on by itself after a tap that fully answers a step (yes/no, one choice): the chosen card
// stays on screen for a moment first, so the person sees what was taken and that it was theirs.
// 上一步 brings the step back to correct it; a tap on another card restarts the moment, and a second
// tap on the same one only restarts it too, so a double tap answers one question, not two. Typing an
// answer after "I don't know" calls the move off: the typed answer waits for Next.
import { useEffect, useRef } from 'react';

/** Long enough to see the chosen card light up, short enough not to feel like waiting. */
export const CHOSEN_SHOWN_MS = 600;

/**
 * How long the step a screen moved on to takes no one-tap answer: a tap this soon was aimed at the
 * screen before (a slow second tap, a finger coming down as the screen changed), not at a question
 * nobody has had time to read.
 */
export const ARRIVAL_DEAF_MS = 400;

/** When a step last moved on by itself: one screen is shown at a time, so one moment for all. */
let movedOnAt = Number.NEGATIVE_INFINITY;

/** Whether a tap now comes too soon after a step moved on by itself to be meant for the new one. */
export const justMovedOn = (): boolean => Date.now() - movedOnAt < ARRIVAL_DEAF_MS;

/** Moves on once the chosen answer has shown; `stay` calls that off (the person went on answering). */
export interface MoveOn {
  (): void;
  stay(): void;
}

export function useMoveOn(next: () => void): MoveOn {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestNext = useRef(next);
  latestNext.current = next;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const stay = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const moveOn = () => {
    stay();
    timer.current = setTimeout(() => {
      movedOnAt = Date.now();
      latestNext.current();
    }, CHOSEN_SHOWN_MS);
  };
  return Object.assign(moveOn, { stay });
}
