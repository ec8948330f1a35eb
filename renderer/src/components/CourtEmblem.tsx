// The court's mark: the scales in a gold ring, on the header, the start-up screen and the waiting
// display. Each place sets only its size with a class of its own.
import { ScalesIcon } from './icons';
import './CourtEmblem.css';

export function CourtEmblem({ className }: { className: string }) {
  return (
    <span className={`court-emblem ${className}`}>
      <ScalesIcon size="lg" />
    </span>
  );
}
