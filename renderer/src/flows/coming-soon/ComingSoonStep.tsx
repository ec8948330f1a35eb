// "Coming soon", friendly: what can't be done here yet, and the two ways on — home or a helper.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ClockIcon, HomeIcon } from '../../components/icons';
import { HelperCallButton } from '../../helper/HelperCallButton';
import type { StepProps } from '../stepper/flow';
import './coming-soon.css';

export function ComingSoonStep({ flowTitleKey, goHome, bodyKey }: StepProps<null> & { bodyKey: string }) {
  const { t } = useTranslation();
  return (
    <div className="coming-soon">
      <span className="coming-soon__icon">
        <ClockIcon size="lg" />
      </span>
      <p className="coming-soon__body">{t(bodyKey, { service: t(flowTitleKey) })}</p>
      <div className="coming-soon__actions">
        <Button variant="secondary" size="lg" icon={<HomeIcon size="sm" />} onClick={goHome}>
          {t('common.actions.home')}
        </Button>
        <HelperCallButton />
      </div>
    </div>
  );
}
