// The band along the bottom of every screen: the privacy promise, and a person to ask.
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../components/icons';
import { HelperCallButton } from '../helper/HelperCallButton';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <p className="app-footer__privacy">
        <LockIcon size="sm" />
        <span>{t('common.privacy')}</span>
      </p>
      <HelperCallButton />
    </footer>
  );
}
