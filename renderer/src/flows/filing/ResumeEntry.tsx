// "I started filing here before": the same person takes up their draft with the short code the
// screen showed them and their ID number (typed on the number pad, or read from the card; a passport
// or permit number on the latin keyboard after 其他证件, as on the parties form). A visit
// wiped while idle sealed its draft under both (main/services/filing/filing-drafts.ts); after a
// crash or power cut either alone still finds it, so what is given is sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { useKiosk } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { DocumentNumberField, NO_DOCUMENT_NUMBER } from './IdDocumentChoice';

/** The resume query from what was entered: both when both are there, else the one given. */
function resumeQuery(code: string, idNumber: string): { code: string; idNumber: string } | { code: string } | { idNumber: string } | null {
  const typedCode = code.trim().toUpperCase();
  if (typedCode && idNumber) return { code: typedCode, idNumber };
  if (typedCode) return { code: typedCode };
  return idNumber ? { idNumber } : null;
}

export function ResumeEntry({ restore }: Pick<StepProps<unknown>, 'restore'>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [idDocument, setIdDocument] = useState(NO_DOCUMENT_NUMBER);
  const { idNumber } = idDocument;
  const resume = useKiosk('filing.resume');
  const reader = useKiosk('devices.readIdCard');

  const take = async (entered: string) => {
    const query = resumeQuery(code, entered);
    if (!query) return;
    const found = await resume.run(query);
    if (!found) return;
    setOpen(false);
    // Straight on to the case type: the filer's own details come back with the rest.
    restore(found.data, 'caseType');
  };
  // The card gives the ID number, with the code if one was typed.
  const withCard = async () => {
    const card = await reader.run({});
    if (!card) return;
    setIdDocument({ idType: 'residentId', idNumber: card.idNumber });
    await take(card.idNumber);
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
                disabled={resumeQuery(code, idNumber) === null}
                onClick={() => void take(idNumber)}
              >
                {t('filing.resume.withCode')}
              </Button>
            </>
          }
        >
          <p>{t('filing.resume.body')}</p>
          <div className="resume-entry__fields">
            {/* Shown as the screen showed it: in capitals, whatever the keyboard's shift. */}
            <TextField label={t('filing.resume.code')} value={code} maxLength={12} keyboard="latin" onChange={(typed) => setCode(typed.toUpperCase())} />
            {/* Main takes any document's number here: the kind only picks the keyboard and the label. */}
            <DocumentNumberField value={idDocument} onChange={setIdDocument} residentIdLabelKey="filing.resume.idNumber" otherDocumentHint={false} />
          </div>
          <ErrorBanner error={resume.error ?? reader.error} />
        </Dialog>
      )}
    </>
  );
}
