// Take a number, the last step — the number issued, as large as the screen allows, with how many
// are ahead and roughly how long; taken once on arrival, then kept in the flow's values.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useKiosk } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { choiceFromDraft, NO_CHOICE, type Issued } from './ticket-request';

export function TicketStep({ value, onChange, values }: StepProps<Issued>) {
  const { t, i18n } = useTranslation();
  const take = useKiosk('queue.take');
  const choice = choiceFromDraft(values.service) ?? NO_CHOICE;
  // One number per visit: the ref holds off a second call while the first is still on its way.
  const asked = useRef(false);
  const takeNumber = async () => {
    if (!choice.service) return;
    asked.current = true;
    const ticket = await take.run({ service: choice.service, priority: choice.priority, language: i18n.language });
    if (ticket) onChange({ ticket });
    else asked.current = false;
  };
  useEffect(() => {
    if (!value.ticket && !asked.current) void takeNumber();
    // Only on arrival; a failure is retried by the litigant's own tap.
  }, []);

  const { ticket } = value;
  if (!ticket) {
    return (
      <div className="ticket">
        {take.error ? (
          <ErrorBanner
            error={take.error}
            action={
              <Button variant="primary" onClick={() => void takeNumber()}>
                {t('common.actions.retry')}
              </Button>
            }
          />
        ) : (
          <p className="ticket__wait">{t('queue.ticket.taking')}</p>
        )}
      </div>
    );
  }
  return (
    <div className="ticket" data-ticket={ticket.number}>
      <p className="ticket__service">{t(`queue.services.${ticket.service}.title`)}</p>
      <p className="ticket__label">{t('queue.ticket.yourNumber')}</p>
      <p className="ticket__number">{ticket.number}</p>
      {ticket.priority && <p className="ticket__priority">{t('queue.ticket.priority')}</p>}
      <dl className="ticket__facts">
        <div className="ticket__fact">
          <dt>{t('queue.ticket.ahead')}</dt>
          <dd>{t('queue.ticket.aheadCount', { count: ticket.waitingAhead })}</dd>
        </div>
        <div className="ticket__fact">
          <dt>{t('queue.ticket.wait')}</dt>
          <dd>{ticket.waitingAhead === 0 ? t('queue.ticket.waitNone') : t('queue.ticket.waitMinutes', { count: ticket.estimatedWaitMinutes })}</dd>
        </div>
      </dl>
      <p className="ticket__listen">{t('queue.ticket.listen')}</p>
    </div>
  );
}
