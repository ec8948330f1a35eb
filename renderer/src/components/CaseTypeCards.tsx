// The catalogue's case types as a grid of choice cards: the everyday words as the title, the
// legal name beneath. Filing, mediation and the risk interview all start by asking this.
import { useTranslation } from 'react-i18next';
import type { CaseType } from '../../../contract';
import { inLanguage } from '../i18n/localized';
import { ChoiceCard } from './ChoiceCard';
import './CaseTypeCards.css';

export interface CaseTypeCardsProps {
  types: readonly CaseType[];
  /** The group's accessible name: the step's question. */
  label: string;
  /** The chosen type's id, '' for none. */
  selected: string;
  onSelect(type: CaseType): void;
  cardClassName?: string;
}

export function CaseTypeCards({ types, label, selected, onSelect, cardClassName }: CaseTypeCardsProps) {
  const { i18n } = useTranslation();
  return (
    <div className="case-type-cards" role="group" aria-label={label}>
      {types.map((type) => (
        <ChoiceCard
          key={type.id}
          className={cardClassName}
          title={inLanguage(type.plain, i18n.language)}
          description={inLanguage(type.name, i18n.language)}
          selected={selected === type.id}
          onSelect={() => onSelect(type)}
        />
      ))}
    </div>
  );
}
