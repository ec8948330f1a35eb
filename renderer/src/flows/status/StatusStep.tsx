// Ask by case number + ID number (the court answers), or by a receipt from this kiosk (the outbox
// answers); then the answer, in words and as a row of stages, with the next hearing large.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasIdDocumentShape, normalisedIdNumber, type CaseStatus, type ReceiptStatus } from '../../../../contract';
import { courtToday } from '../../admin/formatting';
import { useTerminalConfig } from '../../app/terminal-config';
import { useVisit } from '../../app/visit-context';
import { Button } from '../../components/Button';
import { CaseNumberField } from '../../components/CaseNumberField';
import { ChoiceCard } from '../../components/ChoiceCard';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { FilingIcon, HomeIcon, NextIcon, QueueIcon, SearchIcon } from '../../components/icons';
import { DateField } from '../../keyboard/DateField';
import { DocumentNumberField, NO_DOCUMENT_NUMBER } from '../filing/IdDocumentChoice';
import { StepPrimaryAction } from '../stepper/step-actions';
import { useKiosk, type KioskCall } from '../../kiosk';
import { CaseStatusView, ReceiptStatusView } from './StatusViews';
import { RECEIPT_KIND_CODES } from '../../../../contract/receipt-codes';
import { joinReceiptNo, NO_RECEIPT, RECEIPT_CHECK_LENGTH, type ReceiptParts } from './receipt-numbers';
import './status.css';

type Mode = 'case' | 'receipt';

export function StatusStep() {
  const { t } = useTranslation();
  const visit = useVisit();
  const [mode, setMode] = useState<Mode | null>(null);
  const [answer, setAnswer] = useState<{ case: CaseStatus } | { receipt: ReceiptStatus } | null>(null);
  const answerView = useRef<HTMLDivElement>(null);
  // The answer takes the form's place in the same step: it is read from its top, not from where the
  // form's button had the step scrolled (in large text its heading was cut off above).
  useLayoutEffect(() => {
    if (answer) answerView.current?.closest('.flow__step')?.scrollTo(0, 0);
  }, [answer]);

  const again = () => {
    setAnswer(null);
    setMode(null);
  };
  if (answer) {
    return (
      <div className="step-body" ref={answerView}>
        {'case' in answer ? <CaseStatusView status={answer.case} /> : <ReceiptStatusView status={answer.receipt} />}
        <StepPrimaryAction>
          <Button variant="secondary" size="lg" icon={<SearchIcon size="sm" />} onClick={again}>
            {t('caseStatus.again')}
          </Button>
          <Button variant="primary" size="lg" icon={<HomeIcon size="sm" />} onClick={() => visit.end('home')}>
            {t('caseStatus.done')}
          </Button>
        </StepPrimaryAction>
      </div>
    );
  }
  return (
    <div className="step-body">
      <div className="case-status__modes" role="group" aria-label={t('caseStatus.how')}>
        <ChoiceCard
          icon={<FilingIcon />}
          title={t('caseStatus.byCase.title')}
          description={t('caseStatus.byCase.body')}
          selected={mode === 'case'}
          onSelect={() => setMode('case')}
        />
        <ChoiceCard
          icon={<QueueIcon />}
          title={t('caseStatus.byReceipt.title')}
          description={t('caseStatus.byReceipt.body')}
          selected={mode === 'receipt'}
          onSelect={() => setMode('receipt')}
        />
      </div>
      {mode === 'case' && <CaseLookup onAnswer={(status) => setAnswer({ case: status })} />}
      {mode === 'receipt' && <ReceiptLookup onAnswer={(status) => setAnswer({ receipt: status })} />}
    </div>
  );
}

/** The foot of either lookup: why the last try failed, if it did, then Find. */
function FindAction({ lookup, onFind }: { lookup: Pick<KioskCall<'cases.status' | 'cases.receipt'>, 'error' | 'pending'>; onFind(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorBanner error={lookup.error} />
      <StepPrimaryAction>
        <Button variant="primary" size="lg" icon={<NextIcon size="sm" />} iconAtEnd busy={lookup.pending} onClick={onFind}>
          {t('caseStatus.find')}
        </Button>
      </StepPrimaryAction>
    </>
  );
}

function CaseLookup({ onAnswer }: { onAnswer(status: CaseStatus): void }) {
  const { t } = useTranslation();
  const [caseNumber, setCaseNumber] = useState('');
  // A party who filed with a passport or a permit is found by that number (登记立案规定 Art 6(1)).
  const [idDocument, setIdDocument] = useState(NO_DOCUMENT_NUMBER);
  const { idType, idNumber } = idDocument;
  /** Whether 查询 was tapped: what is missing or misshapen is said from then on, not before. */
  const [tried, setTried] = useState(false);
  const lookup = useKiosk('cases.status');
  // Another document's number is judged by its shape as the party form judges it, before the court is asked.
  const shapeProblem = idType !== 'residentId' && !hasIdDocumentShape(idType, normalisedIdNumber(idNumber));
  const submit = async () => {
    setTried(true);
    if (!caseNumber || !idNumber || shapeProblem) return;
    const status = await lookup.run({ caseNumber, idNumber });
    if (status) onAnswer(status);
  };
  const idError = !tried ? null : !idNumber ? t('caseStatus.missing') : shapeProblem ? t(`identity.errors.format.${idType}`) : null;
  return (
    <div className="case-status__form">
      <CaseNumberField value={caseNumber} onChange={setCaseNumber} error={tried && !caseNumber ? t('caseStatus.missing') : null} />
      <div className="case-status__side">
        <DocumentNumberField
          value={idDocument}
          onChange={setIdDocument}
          residentIdLabelKey="caseStatus.idNumber"
          residentIdHintKey="caseStatus.idNumberHint"
          error={idError}
        />
        <FindAction lookup={lookup} onFind={() => void submit()} />
      </div>
    </div>
  );
}

function ReceiptLookup({ onAnswer }: { onAnswer(status: ReceiptStatus): void }) {
  const { t } = useTranslation();
  const { terminalId, timeZone } = useTerminalConfig();
  // Most receipts are asked about the day they were printed: today (at the court) is already picked.
  const [parts, setParts] = useState<ReceiptParts>(() => ({ ...NO_RECEIPT, date: courtToday(timeZone) }));
  // The number alone opens nothing: whoever handed it in proves it with their ID or phone (issue 15 item 6).
  const [secondFactor, setSecondFactor] = useState('');
  const [missing, setMissing] = useState(false);
  const lookup = useKiosk('cases.receipt');
  const receiptNo = joinReceiptNo(terminalId, parts);
  const submit = async () => {
    if (!receiptNo || !secondFactor) return setMissing(true);
    setMissing(false);
    const status = await lookup.run({ receiptNo, secondFactor });
    if (status) onAnswer(status);
  };
  const thisYear = new Date().getFullYear();
  return (
    <div className="case-status__form">
      <div className="case-status__receipt">
        <p className="case-number__preview" aria-live="polite" data-receipt-no={receiptNo}>
          <span className="case-number__preview-label">{t('caseStatus.receiptNo')}</span>
          <span className="case-number__preview-value">{receiptNo || t('caseStatus.receiptIncomplete')}</span>
        </p>
        <fieldset className="case-number__row">
          <legend className="case-number__legend">{t('caseStatus.receiptKind')}</legend>
          <div className="case-number__chips">
            {Object.keys(RECEIPT_KIND_CODES).map((kind) => (
              <button
                key={kind}
                type="button"
                className="case-number__chip"
                aria-pressed={parts.kind === kind}
                onClick={() => setParts({ ...parts, kind: kind as ReceiptParts['kind'] })}
              >
                {t(`caseStatus.kinds.${kind}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <DateField
          label={t('caseStatus.receiptDate')}
          value={parts.date}
          fromYear={thisYear - 3}
          toYear={thisYear}
          onChange={(date) => setParts({ ...parts, date })}
        />
        <TextField
          label={t('caseStatus.secondFactor')}
          hint={t('caseStatus.secondFactorHint')}
          keyboard="idNumber"
          value={secondFactor}
          error={missing && !secondFactor ? t('caseStatus.missing') : null}
          onChange={setSecondFactor}
        />
      </div>
      <div className="case-status__side">
        <div className="case-status__pair">
          <TextField
            label={t('caseStatus.receiptSequence')}
            hint={t('caseStatus.receiptSequenceHint')}
            keyboard="digits"
            maxLength={4}
            value={parts.sequence}
            onChange={(sequence) => setParts({ ...parts, sequence })}
          />
          <TextField
            label={t('caseStatus.receiptCheck')}
            hint={t('caseStatus.receiptCheckHint')}
            keyboard="digits"
            maxLength={RECEIPT_CHECK_LENGTH}
            value={parts.check}
            onChange={(check) => setParts({ ...parts, check })}
          />
        </div>
        {missing && !receiptNo && <p className="case-status__missing">{t('caseStatus.receiptMissing')}</p>}
        <FindAction lookup={lookup} onFind={() => void submit()} />
      </div>
    </div>
  );
}
