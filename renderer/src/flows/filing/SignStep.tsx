// Filing, the last step — the filer signs on the touch pad and files. Once main has the filing
// (one transaction: the filing, its outbox entry, its receipt number) the same step shows the
// receipt, so Back and Next can never file it twice.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CheckIcon } from '../../components/icons';
import { SignaturePad } from '../../components/SignaturePad';
import { useKiosk } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { StepPrimaryAction } from '../stepper/step-actions';
import { filingDraftOf, filingValuesOf, type Signed } from './filing-draft';
import { FilingReceiptView } from './FilingReceiptView';

const PNG_PREFIX = 'data:image/png;base64,';

export function SignStep({ value, onChange, values }: StepProps<Signed>) {
  const { t, i18n } = useTranslation();
  const submit = useKiosk('filing.submit');
  if (value.receipt) return <FilingReceiptView receipt={value.receipt} plaintiffs={filingValuesOf(values).parties.plaintiffs} />;

  const file = async () => {
    if (!value.signature) return;
    const receipt = await submit.run({
      ...filingDraftOf(filingValuesOf(values)),
      signaturePng: value.signature.slice(PNG_PREFIX.length),
      language: i18n.language,
    });
    if (receipt) onChange({ ...value, receipt });
  };
  return (
    <div className="step-body filing sign-step">
      <p className="step-body__hint">{t('filing.sign.hint')}</p>
      <SignaturePad label={t('filing.sign.label')} value={value.signature} onChange={(signature) => onChange({ ...value, signature })} />
      <ErrorBanner error={submit.error} />
      <StepPrimaryAction>
        <Button variant="primary" size="lg" icon={<CheckIcon size="sm" />} busy={submit.pending} disabled={!value.signature} onClick={() => void file()}>
          {t('filing.sign.submit')}
        </Button>
      </StepPrimaryAction>
    </div>
  );
}
