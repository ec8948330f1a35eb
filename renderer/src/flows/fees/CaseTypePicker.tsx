// "What is your case about?": the dispute types of the catalogue as cards in everyday words, so
// nobody has to know the legal name of their dispute.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseType } from '../../../../contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BackIcon } from '../../components/icons';
import { inLanguage } from '../../i18n/localized';
import { useKiosk } from '../../kiosk';

export function CaseTypePicker({ onPick, onLeave }: { onPick(caseType: CaseType): void; onLeave(): void }) {
  const { t, i18n } = useTranslation();
  const catalogue = useKiosk('catalogue.caseTypes');
  const { run } = catalogue;
  useEffect(() => {
    void run({});
  }, [run]);

  return (
    <div className="fee-desk">
      <div className="fee-desk__head">
        <h2 className="fee-desk__title">{t('fees.estimate.caseType.title')}</h2>
        <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onLeave}>
          {t('fees.desk.backToChoices')}
        </Button>
      </div>
      <p className="fee-desk__hint">{t('fees.estimate.caseType.hint')}</p>
      <ErrorBanner error={catalogue.error} />
      {catalogue.pending && <p className="fee-desk__hint">{t('fees.estimate.caseType.loading')}</p>}
      <ul className="case-types">
        {catalogue.value?.types.map((caseType) => (
          <li key={caseType.id}>
            <button type="button" className="case-type" data-case-type={caseType.id} onClick={() => onPick(caseType)}>
              <span className="case-type__name">{inLanguage(caseType.plain, i18n.language)}</span>
              <span className="case-type__legal">{inLanguage(caseType.name, i18n.language)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
