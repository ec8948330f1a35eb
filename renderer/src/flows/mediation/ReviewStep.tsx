// Mediation, the last step — everything read back in plain words, then one button that sends it.
// Once main has saved it, the same step shows the receipt, so Back and Next cannot send it twice.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CheckIcon } from '../../components/icons';
import { inLanguage } from '../../i18n/localized';
import { useKiosk } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { StepPrimaryAction } from '../stepper/step-actions';
import { formatDay } from './half-days';
import { ReceiptView } from './ReceiptView';
import { answersOf, requestOf, type Submitted } from './request';
import { useCaseTypes, useOrganisations } from './use-mediation-data';

export function ReviewStep({ value, onChange, values }: StepProps<Submitted>) {
  const { t, i18n } = useTranslation();
  const answers = answersOf(values);
  const types = useCaseTypes();
  const organisations = useOrganisations(answers.caseType);
  const submit = useKiosk('mediation.submit');

  if (value.receipt) return <ReceiptView receipt={value.receipt} />;

  const type = types.items?.find((item) => item.id === answers.caseType);
  const organisation = organisations.items?.find((item) => item.id === answers.arrangement.organisationId);
  const request = requestOf(answers);
  const send = async () => {
    if (!request) return;
    const receipt = await submit.run(request);
    if (receipt) onChange({ receipt });
  };
  const party = (name: string, phone: string) => (phone ? t('mediation.review.party', { name, phone }) : t('mediation.review.partyNoPhone', { name }));

  const rows: [string, string][] = [
    ['dispute', type ? inLanguage(type.name, i18n.language) : ''],
    ['organisation', organisation ? inLanguage(organisation.name, i18n.language) : ''],
    ['mode', answers.arrangement.mode ? t(`mediation.organisation.modes.${answers.arrangement.mode}.title`) : ''],
    [
      'times',
      answers.times.map((time) => `${formatDay(time.date, i18n.language)} ${t(`mediation.times.parts.${time.part}`)}`).join(t('mediation.review.separator')),
    ],
    ['applicant', party(answers.applicant.name, answers.applicant.phone)],
    ['respondent', party(answers.respondent.name, answers.respondent.phone)],
    ['description', answers.description],
  ];

  return (
    <div className="step-body review">
      <p className="step-body__hint">{t('mediation.review.hint')}</p>
      <dl className="review__list">
        {rows.map(([key, text]) => (
          <div key={key} className="review__row">
            <dt className="review__label">{t(`mediation.review.rows.${key}`)}</dt>
            <dd className="review__value">{text}</dd>
          </div>
        ))}
      </dl>
      <ErrorBanner error={submit.error} />
      <StepPrimaryAction>
        <Button
          variant="primary"
          size="lg"

          icon={<CheckIcon size="sm" />}
          busy={submit.pending}
          disabled={!request}
          onClick={() => void send()}
        >
          {t('mediation.review.submit')}
        </Button>
      </StepPrimaryAction>
    </div>
  );
}
