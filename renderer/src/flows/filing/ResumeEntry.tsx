// "I started filing here before": after a crash or power cut the same person takes up their draft
// with the short code the screen showed them, or with their ID card.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { useKiosk } from '../../kiosk';
import type { StepProps } from '../stepper/flow';

export function ResumeEntry({ restore }: Pick<StepProps<unknown>, 'restore'>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const resume = useKiosk('filing.resume');
  const reader = useKiosk('devices.readIdCard');

  const take = async (query: { code: string } | { idNumber: string }) => {
    const found = await resume.run(query);
    if (!found) return;
    setOpen(false);
    // Straight on to the case type: the filer's own details come back with the rest.
    restore(found.data, 'caseType');
  };
  const withCard = async () => {
    const card = await reader.run({});
    if (card) await take({ idNumber: card.idNumber });
  };

  return (
    <>
      <Button variant="quiet" className="applicant-step__resume" onClick={() => setOpen(true)}>
        {t('filing.resume.open')}
      </Button>
      {open && (
        <Dialog
          title={t('filing.resume.title')}
          onDismiss={() => setOpen(false)}
          actions={
            <>
              <Button variant="secondary" size="lg" onClick={() => setOpen(false)}>
                {t('filing.resume.cancel')}
              </Button>
              <Button variant="secondary" size="lg" busy={reader.pending} onClick={() => void withCard()}>
                {t('filing.resume.withCard')}
              </Button>
              <Button
                variant="primary"
                size="lg"
                data-autofocus
                busy={resume.pending}
                disabled={code.trim() === ''}
                onClick={() => void take({ code: code.trim().toUpperCase() })}
              >
                {t('filing.resume.withCode')}
              </Button>
            </>
          }
        >
          <p>{t('filing.resume.body')}</p>
          <TextField label={t('filing.resume.code')} value={code} maxLength={12} keyboard="latin" onChange={setCode} />
          <ErrorBanner error={resume.error ?? reader.error} />
        </Dialog>
      )}
    </>
  );
}
