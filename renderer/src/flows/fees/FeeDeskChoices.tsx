// The fee desk's first step: four big, plainly worded choices; a tap chooses the path and moves on.
import { useTranslation } from 'react-i18next';
import { BackIcon, HelperIcon, PaymentIcon, ScalesIcon } from '../../components/icons';
import type { StepProps } from '../stepper/flow';
import type { FeeDeskPath } from './desk-step';

const CHOICES = [
  { path: 'estimate', Icon: ScalesIcon },
  { path: 'pay', Icon: PaymentIcon },
  // Money coming back: the same arrow as "back", drawn large.
  { path: 'refund', Icon: BackIcon },
  { path: 'relief', Icon: HelperIcon },
] as const;

export function FeeDeskChoices({ onChange, next }: StepProps<FeeDeskPath | null>) {
  const { t } = useTranslation();
  const choose = (path: FeeDeskPath) => {
    onChange(path);
    next();
  };
  return (
    <div className="fee-desk">
      <h2 className="fee-desk__title">{t('fees.desk.choices.title')}</h2>
      <ul className="fee-choices">
        {CHOICES.map(({ path, Icon }) => (
          <li key={path} className="fee-choices__item">
            <button type="button" className="fee-choice" data-path={path} onClick={() => choose(path)}>
              <span className="fee-choice__icon">
                <Icon size="lg" />
              </span>
              <span className="fee-choice__text">
                <span className="fee-choice__title">{t(`fees.desk.choices.${path}.title`)}</span>
                <span className="fee-choice__body">{t(`fees.desk.choices.${path}.body`)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="fee-desk__aside">{t('fees.desk.choices.later')}</p>
    </div>
  );
}
