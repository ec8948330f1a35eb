// A dashed box standing in for what is not on screen yet: a list still on its way from main, or
// the choice to make first. One look for every step, so waiting never reads as an error.
import type { ReactNode } from 'react';
import './PlaceholderNote.css';

export function PlaceholderNote({ children }: { children: ReactNode }) {
  return <p className="placeholder-note">{children}</p>;
}
