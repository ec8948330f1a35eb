// The first screen: a greeting and one big card per service this terminal offers.
import { useTranslation } from 'react-i18next';
import { SERVICE_IDS } from '../../../contract';
import { useRouter } from '../app/router';
import { useTerminalConfig } from '../app/terminal-config';
import { SERVICE_CATALOGUE } from '../flows/catalogue';
import { ServiceCard } from './ServiceCard';
import './home.css';

export function HomeScreen() {
  const { t } = useTranslation();
  const config = useTerminalConfig();
  const { navigate } = useRouter();
  const offered = SERVICE_IDS.filter((id) => config.services[id]);
  return (
    <div className="home">
      <div className="home__intro">
        <h1 className="home__greeting">{t('home.greeting')}</h1>
        <p className="home__hint">{t('home.hint')}</p>
      </div>
      {offered.length > 0 ? (
        <ul className="service-grid" aria-label={t('home.servicesLabel')}>
          {offered.map((id) => (
            <li key={id} className="service-grid__item">
              <ServiceCard service={SERVICE_CATALOGUE[id]} onOpen={() => navigate({ page: 'service', service: id })} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="home__none">{t('home.noServices')}</p>
      )}
    </div>
  );
}
