// One service on the home screen: the whole card is the button, so it is hard to miss.
import { useTranslation } from 'react-i18next';
import { NextIcon } from '../components/icons';
import type { ServiceEntry } from '../flows/catalogue';

export function ServiceCard({ service, onOpen }: { service: ServiceEntry; onOpen(): void }) {
  const { t } = useTranslation();
  const { Icon } = service;
  return (
    <button type="button" className="service-card" data-service={service.id} onClick={onOpen}>
      <span className="service-card__icon">
        <Icon size="lg" />
      </span>
      <span className="service-card__title">{t(service.flow.titleKey)}</span>
      <span className="service-card__summary">{t(service.summaryKey)}</span>
      <span className="service-card__go" aria-hidden="true">
        <span>{t('home.start')}</span>
        <NextIcon size="sm" />
      </span>
    </button>
  );
}
