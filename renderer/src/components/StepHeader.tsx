// The top of every flow screen: where you are — the flow, the step's title, step x (of n). The
// ways back, home and on live in the stepper's action bar, which never scrolls away.
import { useTranslation } from 'react-i18next';
import './StepHeader.css';

export interface StepProgress {
  /** 1-based. */
  current: number;
  /** Null while answers still to come can add or remove steps: no total is promised that later jumps. */
  total: number | null;
}

export interface StepHeaderProps {
  flowTitle: string;
  stepTitle: string;
  /** Null on a finished screen (a receipt, a ticket): it is not a step. */
  progress: StepProgress | null;
}

export function StepHeader({ flowTitle, stepTitle, progress }: StepHeaderProps) {
  const { t } = useTranslation();
  const counted = progress !== null && progress.total !== 1;
  const words =
    progress &&
    (progress.total === null
      ? t('flow.progressOpen', { current: progress.current })
      : t('flow.progress', { current: progress.current, total: progress.total }));
  return (
    <header className="step-header">
      {progress && (
        <p className="step-header__flow">
          <span>{flowTitle}</span>
          {counted && <span className="step-header__count">{words}</span>}
        </p>
      )}
      <h1 className="step-header__title" tabIndex={-1}>
        {stepTitle}
      </h1>
      {counted && progress.total !== null && (
        <div
          className="step-header__progress"
          role="progressbar"
          aria-valuemin={1}
          aria-valuemax={progress.total}
          aria-valuenow={progress.current}
          aria-valuetext={words ?? undefined}
          aria-label={flowTitle}
        >
          {Array.from({ length: progress.total }, (_, i) => (
            <span key={i} className={i < progress.current ? 'step-header__segment step-header__segment--done' : 'step-header__segment'} />
          ))}
        </div>
      )}
    </header>
  );
}
