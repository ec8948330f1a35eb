// The top of every flow screen: back, where you are (flow, step title, step x of n) and home.
// Every flow shows the same header because the stepper draws it, not the steps.
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { BackIcon, HomeIcon } from './icons';
import './StepHeader.css';

export interface StepHeaderProps {
  flowTitle: string;
  stepTitle: string;
  /** 1-based. */
  current: number;
  /** Null while an answer on screen still decides how many steps follow: then no total is promised. */
  total: number | null;
  onBack(): void;
  onHome(): void;
}

export function StepHeader({ flowTitle, stepTitle, current, total, onBack, onHome }: StepHeaderProps) {
  const { t } = useTranslation();
  const progress = total === null ? t('flow.progressOpen', { current }) : t('flow.progress', { current, total });
  return (
    <header className="step-header">
      <Button className="step-header__back" variant="secondary" size="lg" icon={<BackIcon size="sm" />} onClick={onBack}>
        {t('common.actions.back')}
      </Button>
      <div className="step-header__where">
        <p className="step-header__flow">
          <span>{flowTitle}</span>
          {(total === null || total > 1) && <span className="step-header__count">{progress}</span>}
        </p>
        <h1 className="step-header__title" tabIndex={-1}>
          {stepTitle}
        </h1>
        {total !== null && total > 1 && (
          <div
            className="step-header__progress"
            role="progressbar"
            aria-valuemin={1}
            aria-valuemax={total}
            aria-valuenow={current}
            aria-valuetext={progress}
            aria-label={flowTitle}
          >
            {Array.from({ length: total }, (_, i) => (
              <span key={i} className={i < current ? 'step-header__segment step-header__segment--done' : 'step-header__segment'} />
            ))}
          </div>
        )}
      </div>
      <Button className="step-header__home" variant="secondary" size="lg" icon={<HomeIcon size="sm" />} onClick={onHome}>
        {t('common.actions.home')}
      </Button>
    </header>
  );
}
