// The fee desk's landing: two big, plainly worded choices.
import { useTranslation } from 'react-i18next';
import { PaymentIcon, ScalesIcon } from '../../components/icons';

export type FeeDeskPath = 'estimate' | 'pay';

const CHOICES = [
  { path: 'estimate', Icon: ScalesIcon, titleKey: 'feeDesk.choices.estimate.title', bodyKey: 'feeDesk.choices.estimate.body' },
  { path: 'pay', Icon: PaymentIcon, titleKey: 'feeDesk.choices.pay.title', bodyKey: 'feeDesk.choices.pay.body' },
] as const;

export function FeeDeskChoices({ onChoose }: { onChoose(path: FeeDeskPath): void }) {
  const { t } = useTranslation();
  return (
    <div className="fee-desk">
      <h2 className="fee-desk__title">{t('feeDesk.choices.title')}</h2>
      <ul className="fee-choices">
        {CHOICES.map(({ path, Icon, titleKey, bodyKey }) => (
          <li key={path} className="fee-choices__item">
            <button type="button" className="fee-choice" data-path={path} onClick={() => onChoose(path)}>
              <span className="fee-choice__icon">
                <Icon size="lg" />
              </span>
              <span className="fee-choice__title">{t(titleKey)}</span>
              <span className="fee-choice__body">{t(bodyKey)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="fee-desk__aside">{t('feeDesk.choices.later')}</p>
    </div>
  );
}
