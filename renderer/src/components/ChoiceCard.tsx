// A big card that is one answer to a question: the whole card is the button, and it stays marked
// once chosen (aria-pressed), so a choice can be seen and changed without a separate control.
import type { ReactNode } from 'react';
import { CheckIcon } from './icons';
import './ChoiceCard.css';

export interface ChoiceCardProps {
  title: ReactNode;
  description?: ReactNode;
  /** A small label above the title, e.g. what kind of organisation this is. */
  badge?: ReactNode;
  icon?: ReactNode;
  selected: boolean;
  disabled?: boolean;
  onSelect(): void;
  className?: string;
}

export function ChoiceCard({ title, description, badge, icon, selected, disabled = false, onSelect, className }: ChoiceCardProps) {
  return (
    <button
      type="button"
      className={`choice-card${selected ? ' choice-card--selected' : ''}${className ? ` ${className}` : ''}`}
      aria-pressed={selected}
      disabled={disabled}
      onClick={onSelect}
    >
      {icon && <span className="choice-card__icon">{icon}</span>}
      <span className="choice-card__text">
        {badge && <span className="choice-card__badge">{badge}</span>}
        <span className="choice-card__title">{title}</span>
        {description && <span className="choice-card__description">{description}</span>}
      </span>
      <span className="choice-card__mark" aria-hidden="true">
        {selected && <CheckIcon size="sm" />}
      </span>
    </button>
  );
}
