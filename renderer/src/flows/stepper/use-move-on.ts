// Moving on by itself after a tap that fully answers a step (yes/no, one choice): the chosen card
// stays on screen for a moment first, so the person sees what was taken and that it was theirs.
// 上一步 brings the step back to correct it; a tap on another card restarts the moment.
import { useEffect, useRef } from 'react';

/** Long enough to see the chosen card light up, short enough not to feel like waiting. */
export const CHOSEN_SHOWN_MS = 600;

export function useMoveOn(next: () => void): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestNext = useRef(next);
  latestNext.current = next;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => latestNext.current(), CHOSEN_SHOWN_MS);
  };
}
