// The "大字" switch for elder mode: larger text and targets, stronger colours, one tap away.
import { useTranslation } from 'react-i18next';
import { ElderIcon } from '../components/icons';
import { useVisit } from './visit-context';

export function ElderToggle() {
  const { t } = useTranslation();
  const { elder, setElder } = useVisit();
  return (
    <button type="button" className="elder-toggle" aria-pressed={elder} aria-description={t('common.elderMode.description')} onClick={() => setElder(!elder)}>
      <ElderIcon size="sm" />
      <span>{t('common.elderMode.label')}</span>
    </button>
  );
}
