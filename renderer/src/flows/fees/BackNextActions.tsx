// The fee desk's row at the foot of a form screen: a quiet way back, then the large step forward.
import { Button } from '../../components/Button';
import { BackIcon, NextIcon } from '../../components/icons';

export interface BackNextActionsProps {
  back: string;
  onBack(): void;
  next: string;
  onNext(): void;
  /** Waiting for main's answer to Next. */
  busy?: boolean;
  /** Next has nothing to go on yet. */
  disabled?: boolean;
}

export function BackNextActions({ back, onBack, next, onNext, busy, disabled }: BackNextActionsProps) {
  return (
    <div className="fee-desk__actions">
      <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onBack}>
        {back}
      </Button>
      <Button variant="primary" size="lg" icon={<NextIcon size="sm" />} iconAtEnd busy={busy} disabled={disabled} onClick={onNext}>
        {next}
      </Button>
    </div>
  );
}
