// The refund request's screens: the case and the reason; the account (typed) and the phone (keypad);
// and the read-back before sending. Each says what is missing beside the field, in words.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../../contract';
import { Button } from '../../components/Button';
import { CaseNumberField } from '../../components/CaseNumberField';
import { ChoiceCard } from '../../components/ChoiceCard';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { BackIcon } from '../../components/icons';
import { NumericField, NumericKeypad } from '../../components/NumericKeypad';
import { BackNextActions } from './BackNextActions';
import { groupCardNumber, missingFields, REFUND_REASONS, type RefundDraft, type RefundField, type RefundStage } from './refund-request';

interface RefundScreenProps {
  draft: RefundDraft;
  onChange(draft: RefundDraft): void;
  refusal: { field: RefundField; error: KioskErrorShape } | null;
  onNext(): void;
  onBack(): void;
}

/** Problems to show: main's refusal of a field, else "please fill this in" once Next was pressed. */
function useFieldProblems(draft: RefundDraft, stage: RefundStage, refusal: RefundScreenProps['refusal']) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const missing = missingFields(draft, stage);
  const problem = (field: RefundField): string | null => {
    if (refusal?.field === field) return t(refusal.error.messageKey, { ...refusal.error.details });
    return tried && missing.includes(field) ? t('fees.refund.form.missing') : null;
  };
  const next = (go: () => void) => () => {
    setTried(true);
    if (missing.length === 0) go();
  };
  return { problem, next };
}

export function RefundCase({ draft, onChange, refusal, onNext, onBack }: RefundScreenProps) {
  const { t } = useTranslation();
  const { problem, next } = useFieldProblems(draft, 'case', refusal);
  const reasonProblem = problem('reason');
  return (
    <div className="fee-desk refund">
      <h2 className="fee-desk__title">{t('fees.refund.form.title')}</h2>
      <CaseNumberField
        label={t('fees.refund.form.caseNumber')}
        hint={t('fees.refund.form.caseNumberHint')}
        value={draft.caseNumber}
        error={problem('caseNumber')}
        onChange={(caseNumber) => onChange({ ...draft, caseNumber })}
      />
      <fieldset className="refund__reasons">
        <legend className="field__label">{t('fees.refund.form.reason')}</legend>
        <div className="refund__reason-cards">
          {REFUND_REASONS.map((reason) => (
            <ChoiceCard
              key={reason}
              title={t(`fees.refund.form.reasons.${reason}`)}
              selected={draft.reason === reason}
              onSelect={() => onChange({ ...draft, reason })}
            />
          ))}
        </div>
        {reasonProblem && <p className="field__error">{reasonProblem}</p>}
      </fieldset>
      <BackNextActions back={t('fees.refund.form.back')} onBack={onBack} next={t('fees.refund.form.next')} onNext={next(onNext)} />
    </div>
  );
}

export function RefundAccount({ draft, onChange, refusal, onNext, onBack }: RefundScreenProps) {
  const { t } = useTranslation();
  const phoneInput = useId();
  const { problem, next } = useFieldProblems(draft, 'account', refusal);
  const setPhone = (phone: string) => onChange({ ...draft, phone });
  return (
    <div className="fee-desk fee-desk--split">
      <div className="fee-desk__side">
        <h2 className="fee-desk__title">{t('fees.refund.form.title')}</h2>
        <TextField
          label={t('fees.refund.form.accountHolder')}
          hint={t('fees.refund.form.accountHolderHint')}
          value={draft.accountHolder}
          maxLength={60}
          phrases="surnames"
          error={problem('accountHolder')}
          onChange={(accountHolder) => onChange({ ...draft, accountHolder })}
        />
        <TextField
          label={t('fees.refund.form.bankCard')}
          hint={t('fees.refund.form.bankCardHint')}
          value={draft.bankCardNumber}
          keyboard="digits"
          error={problem('bankCardNumber')}
          onChange={(bankCardNumber) => onChange({ ...draft, bankCardNumber })}
        />
        <TextField
          label={t('fees.refund.form.bankName')}
          hint={t('fees.refund.form.bankNameHint')}
          value={draft.bankName}
          maxLength={60}
          error={problem('bankName')}
          onChange={(bankName) => onChange({ ...draft, bankName })}
        />
      </div>
      <div className="fee-desk__side">
        <NumericField
          id={phoneInput}
          variant="phone"
          label={t('fees.refund.form.phone')}
          hint={t('fees.refund.form.phoneHint')}
          value={draft.phone}
          error={problem('phone')}
          onChange={setPhone}
        />
        <NumericKeypad variant="phone" controls={phoneInput} value={draft.phone} onChange={setPhone} />
        <BackNextActions back={t('fees.refund.form.previous')} onBack={onBack} next={t('fees.refund.form.next')} onNext={next(onNext)} />
      </div>
    </div>
  );
}

interface RefundConfirmProps {
  draft: RefundDraft;
  sending: boolean;
  error: KioskErrorShape | null;
  onSubmit(): void;
  onEdit(): void;
}

export function RefundConfirm({ draft, sending, error, onSubmit, onEdit }: RefundConfirmProps) {
  const { t } = useTranslation();
  const rows: [string, string, string?][] = [
    [t('fees.refund.form.caseNumber'), draft.caseNumber.trim()],
    [t('fees.refund.form.reason'), draft.reason ? t(`fees.refund.form.reasons.${draft.reason}`) : ''],
    [t('fees.refund.form.accountHolder'), draft.accountHolder.trim()],
    [t('fees.refund.form.bankCard'), groupCardNumber(draft.bankCardNumber), 'refund-card'],
    [t('fees.refund.form.bankName'), draft.bankName.trim()],
    [t('fees.refund.form.phone'), draft.phone],
  ];
  return (
    <div className="fee-desk refund">
      <h2 className="fee-desk__title">{t('fees.refund.confirm.title')}</h2>
      <p className="fee-desk__hint">{t('fees.refund.confirm.body')}</p>
      <dl className="refund__review">
        {rows.map(([label, value, testId]) => (
          <div key={label} className="refund__review-row">
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      <ErrorBanner error={error} />
      <div className="fee-desk__actions">
        <Button variant="quiet" icon={<BackIcon size="sm" />} onClick={onEdit}>
          {t('fees.refund.confirm.edit')}
        </Button>
        <Button variant="primary" size="lg" busy={sending} onClick={onSubmit}>
          {t('fees.refund.confirm.submit')}
        </Button>
      </div>
    </div>
  );
}
