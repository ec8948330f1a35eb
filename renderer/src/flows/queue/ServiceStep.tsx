// Take a number, step 1 — which desk you need, as four big cards, and the priority lane for the
// elderly, disabled and pregnant, asked plainly as one clear yes/no card.
import { useTranslation } from 'react-i18next';
import { ChoiceCard } from '../../components/ChoiceCard';
import type { StepProps } from '../stepper/flow';
import type { TicketChoice } from './ticket-request';
import { TICKET_SERVICE_ICONS, TICKET_SERVICES } from './ticket-services';
import './queue.css';

export function ServiceStep({ value, onChange, errors }: StepProps<TicketChoice>) {
  const { t } = useTranslation();
  return (
    <div className="step-body">
      <p className="step-body__hint">{t('queue.take.hint')}</p>
      {errors.service && <p className="step-body__error">{t(errors.service)}</p>}
      <div className="take-number__services" role="group" aria-label={t('queue.take.title')}>
        {TICKET_SERVICES.map((service) => {
          const Icon = TICKET_SERVICE_ICONS[service];
          return (
            <ChoiceCard
              key={service}
              className="take-number__service"
              icon={<Icon size="lg" />}
              title={t(`queue.services.${service}.title`)}
              description={t(`queue.services.${service}.summary`)}
              selected={value.service === service}
              onSelect={() => onChange({ ...value, service })}
            />
          );
        })}
      </div>
      <ChoiceCard
        className="take-number__priority"
        badge={t('queue.take.priority.badge')}
        title={t('queue.take.priority.title')}
        description={t('queue.take.priority.description')}
        selected={value.priority}
        onSelect={() => onChange({ ...value, priority: !value.priority })}
      />
    </div>
  );
}
