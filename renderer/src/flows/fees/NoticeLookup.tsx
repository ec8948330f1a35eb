// Finding a fee notice by its case number (案号) and the payer's ID number. main checks the case
// number's form (fees.payment.errors.invalidCaseNumber) and the ID's checksum, so the screen only asks;
// the case number is built by taps, the terminal's own court already chosen. A payer holding a passport
// or a permit taps 其他证件 and types its number on the letter keyboard: main takes any document's number.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasIdDocumentShape, normalisedIdNumber, type FeeNotice, type IdDocumentType, type KioskErrorShape } from '../../../../contract';
import { Button } from '../../components/Button';
import { StepPrimaryAction } from '../stepper/step-actions';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CaseNumberField } from '../../components/CaseNumberField';
import { TextField } from '../../components/Field';
import { BackIcon, NextIcon } from '../../components/icons';
import { useKiosk } from '../../kiosk';
import { DocumentNumberField } from '../filing/IdDocumentChoice';

export interface NoticeQuery {
  caseNumber: string;
  payerIdNumber: string;
}

/**
 * A receipt number reaches main where a case number would (the contract has one field, told apart by
 * form), so a number in neither form is refused as a case number. Typed into the receipt field, the
 * refusal must name what the litigant typed: the receipt number.
 */
const refusalFor = (error: KioskErrorShape | null, byReceipt: boolean): KioskErrorShape | null =>
  byReceipt && error?.code === 'INVALID_CASE_NUMBER' ? { ...error, messageKey: 'fees.payment.errors.invalidReceiptNo' } : error;

const OTHER_DOCUMENTS = ['hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResident', 'passport'] as const;

/**
 * The document a number handed over from a filing receipt is of, by its shape, so another document's
 * number opens on the letter keyboard under its name; a resident ID's (or nothing yet) on the keypad.
 */
const documentOf = (idNumber: string): IdDocumentType =>
  idNumber === '' || /^\d{17}[\dX]$/i.test(idNumber)
    ? 'residentId'
    : (OTHER_DOCUMENTS.find((type) => hasIdDocumentShape(type, normalisedIdNumber(idNumber))) ?? 'passport');

interface NoticeLookupProps {
  onFound(query: NoticeQuery, notice: FeeNotice): void;
  onLeave(): void;
  /** A filing receipt's query that was handed over and not answered with a notice: filled in, with the court's answer. */
  handed?: { query: NoticeQuery; refusal: KioskErrorShape | null };
}

export function NoticeLookup({ onFound, onLeave, handed }: NoticeLookupProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<NoticeQuery>({ caseNumber: '', payerIdNumber: handed?.query.payerIdNumber ?? '' });
  const [missing, setMissing] = useState(false);
  const [idType, setIdType] = useState<IdDocumentType>(() => documentOf(handed?.query.payerIdNumber ?? ''));
  /** A case filed at this terminal minutes ago has no case number yet: its filing receipt number finds the notice. */
  const [receiptNo, setReceiptNo] = useState(handed?.query.caseNumber ?? '');
  const find = useKiosk('fees.findNotice');
  /** Whether the last question asked was by the receipt field. */
  const [byReceipt, setByReceipt] = useState(false);
  // The handed query's answer stands until the litigant asks again.
  const asked = find.pending || find.error !== null || find.value !== undefined;
  const refusal = refusalFor(find.error, byReceipt) ?? (asked ? null : (handed?.refusal ?? null));
  // Below the keypad in a portrait column the refusal would be out of sight: it is brought into view.
  const refusalPlace = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) refusalPlace.current?.scrollIntoView({ block: 'nearest' });
  }, [refusal]);

  // Another document's number is judged by its shape as the party form judges it, before the court is asked.
  const [shapeShown, setShapeShown] = useState(false);
  const shapeProblem = idType !== 'residentId' && !hasIdDocumentShape(idType, normalisedIdNumber(query.payerIdNumber));
  const submit = async () => {
    const caseNumber = receiptNo.trim() || query.caseNumber;
    if (!caseNumber || !query.payerIdNumber) return setMissing(true);
    setMissing(false);
    setShapeShown(shapeProblem);
    if (shapeProblem) return;
    setByReceipt(receiptNo.trim() !== '');
    const notice = await find.run({ caseNumber, payerIdNumber: query.payerIdNumber });
    if (notice) onFound({ caseNumber, payerIdNumber: query.payerIdNumber }, notice);
  };

  return (
    <div className="fee-desk fee-desk--split">
      <div className="fee-desk__side">
        <div className="fee-desk__head">
          <h2 className="fee-desk__title">{t('fees.payment.notice.lookup.title')}</h2>
        </div>
        <CaseNumberField
          label={t('fees.payment.notice.lookup.caseNumber')}
          hint={t('fees.payment.notice.lookup.caseNumberHint')}
          value={query.caseNumber}
          error={missing && !query.caseNumber && !receiptNo.trim() ? t('fees.payment.notice.lookup.missing') : null}
          onChange={(caseNumber) => setQuery({ ...query, caseNumber })}
        />
        <TextField
          label={t('fees.payment.notice.lookup.receiptNo')}
          hint={t('fees.payment.notice.lookup.receiptNoHint')}
          value={receiptNo}
          maxLength={40}
          onChange={setReceiptNo}
        />
      </div>
      <div className="fee-desk__pad">
        <DocumentNumberField
          value={{ idType, idNumber: query.payerIdNumber }}
          onChange={({ idType: type, idNumber: payerIdNumber }) => {
            setIdType(type);
            setQuery({ ...query, payerIdNumber });
          }}
          residentIdLabelKey="fees.payment.notice.lookup.idNumber"
          residentIdHintKey="fees.payment.notice.lookup.idNumberHint"
          error={
            missing && !query.payerIdNumber
              ? t('fees.payment.notice.lookup.missing')
              : shapeShown && shapeProblem
                ? t(`identity.errors.format.${idType}`)
                : null
          }
          keypad="below"
        />
        {/* After both entries, where a refusal is seen beside the pad (and last in a portrait column). */}
        <div ref={refusalPlace}>
          <ErrorBanner error={refusal} />
        </div>
        <div className="fee-desk__actions fee-desk__actions--stacked">
          {/* Where Next stands on every step, so it never scrolls away under the keypad. */}
          <StepPrimaryAction>
            <Button variant="primary" size="lg" icon={<NextIcon size="sm" />} iconAtEnd busy={find.pending} onClick={() => void submit()}>
              {t('fees.payment.notice.lookup.find')}
            </Button>
          </StepPrimaryAction>
          <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onLeave}>
            {t('fees.desk.backToChoices')}
          </Button>
        </div>
      </div>
    </div>
  );
}
