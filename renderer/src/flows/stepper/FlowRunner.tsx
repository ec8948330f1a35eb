// The one stepper every flow runs in: the step header (back, progress, home), the current step,
// Next with validation, the draft kept in main, and a confirmation before home discards input.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router';
import { useVisit } from '../../app/visit-context';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { HomeIcon, NextIcon } from '../../components/icons';
import { StepHeader } from '../../components/StepHeader';
import { hasInput, initialValues, type FlowDefinition, type FlowValues } from './flow';
import { useDraft } from './use-draft';
import './stepper.css';

export function FlowRunner({ flow }: { flow: FlowDefinition }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const visit = useVisit();
  const [index, setIndex] = useState(0);
  const [values, setValues] = useState<FlowValues>(() => initialValues(flow));
  const [showErrors, setShowErrors] = useState(false);
  const [confirmingHome, setConfirmingHome] = useState(false);
  const draft = useDraft(flow, values, setValues);

  const step = flow.steps[index] ?? flow.steps[0];
  const isLast = index === flow.steps.length - 1;
  const errors = showErrors ? step.validate(values[step.id]) : {};

  const next = () => {
    const problems = step.validate(values[step.id]);
    setShowErrors(Object.keys(problems).length > 0);
    if (Object.keys(problems).length === 0) setIndex(index + 1);
  };
  // Back from the first step returns to the services, keeping the visit and its draft.
  const back = () => {
    setShowErrors(false);
    if (index === 0) navigate({ page: 'home' });
    else setIndex(index - 1);
  };
  // Home ends the visit; ask first when that would throw away what was typed.
  const home = () => (hasInput(flow, values) ? setConfirmingHome(true) : visit.end('home'));

  return (
    <div className="flow" data-flow={flow.id} data-step={step.id}>
      <StepHeader flowTitle={t(flow.titleKey)} stepTitle={t(step.titleKey)} current={index + 1} total={flow.steps.length} onBack={back} onHome={home} />
      <ErrorBanner error={draft.error} />
      {draft.loaded && (
        <section className="flow__step" aria-label={t(step.titleKey)}>
          {step.render({
            value: values[step.id],
            onChange: (value) => setValues((current) => ({ ...current, [step.id]: value })),
            errors,
            flowTitleKey: flow.titleKey,
            goHome: home,
            values,
          })}
        </section>
      )}
      {!isLast && (
        <div className="flow__actions">
          <Button variant="primary" size="lg" className="flow__next" icon={<NextIcon size="sm" />} iconAtEnd onClick={next}>
            {t('common.actions.next')}
          </Button>
        </div>
      )}
      {confirmingHome && (
        <ConfirmDialog
          title={t('flow.leave.title')}
          icon={<HomeIcon size="lg" />}
          cancelLabel={t('flow.leave.stay')}
          confirmLabel={t('flow.leave.confirm')}
          confirmVariant="accent"
          onCancel={() => setConfirmingHome(false)}
          onConfirm={() => visit.end('home')}
        >
          <p>{t('flow.leave.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
