// The idle wipe: after the configured quiet time, ask "are you still there?" with a countdown;
// when it runs out, the visit ends. The countdown reads a deadline rather than counting ticks,
// so a busy or throttled page can never stretch it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { ClockIcon } from '../components/icons';
import './idle.css';

/** What counts as someone being there. Pointer moves don't: a touch screen has none without a touch. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

export interface IdleGuardProps {
  /** Off on the untouched home screen: there is nobody to ask. */
  enabled: boolean;
  timeoutSeconds: number;
  countdownSeconds: number;
  onTimeout(): void;
}

export function IdleGuard({ enabled, timeoutSeconds, countdownSeconds, onTimeout }: IdleGuardProps) {
  const [deadline, setDeadline] = useState<number | null>(null);

  useEffect(() => {
    if (!enabled) {
      setDeadline(null);
      return;
    }
    // While the question is on screen only its answer counts, not a stray touch behind it.
    if (deadline !== null) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setDeadline(Date.now() + countdownSeconds * 1000), timeoutSeconds * 1000);
    };
    arm();
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, arm, true);
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, arm, true);
    };
  }, [enabled, deadline, timeoutSeconds, countdownSeconds]);

  if (!enabled || deadline === null) return null;
  return <IdleDialog deadline={deadline} onStillHere={() => setDeadline(null)} onTimeout={onTimeout} />;
}

function useSecondsLeft(deadline: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

function IdleDialog({ deadline, onStillHere, onTimeout }: { deadline: number; onStillHere(): void; onTimeout(): void }) {
  const { t } = useTranslation();
  const secondsLeft = useSecondsLeft(deadline);
  const timedOut = useRef(false);
  useEffect(() => {
    if (secondsLeft > 0 || timedOut.current) return;
    timedOut.current = true;
    onTimeout();
  }, [secondsLeft, onTimeout]);
  return (
    <Dialog
      tone="alert"
      title={t('idle.title')}
      icon={<ClockIcon size="lg" />}
      onDismiss={onStillHere}
      actions={
        <Button variant="primary" size="lg" className="idle-dialog__stay" onClick={onStillHere} data-autofocus>
          {t('idle.stillHere')}
        </Button>
      }
    >
      <p className="idle-dialog__seconds" aria-hidden="true">
        {secondsLeft}
      </p>
      <p>{t('idle.countdown', { count: secondsLeft })}</p>
    </Dialog>
  );
}
