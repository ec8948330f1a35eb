// The one stepper every flow runs in: the step's title and progress at the top, the step in a body
// that scrolls by itself, and an action bar that never leaves the screen (Back and Home on the left,
// the primary action on the right); Next with validation, the draft kept in main, and a
// confirmation before home discards input.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter, type FlowOpening } from '../../app/router';
import { useVisit } from '../../app/visit-context';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BackIcon, CheckIcon, HomeIcon, NextIcon } from '../../components/icons';
import { StepHeader } from '../../components/StepHeader';
import { hasInput, initialValues, progressOf, stepsFor, valuesFromDraft, type FlowDefinition, type FlowValues } from './flow';
import { PrimaryActionClaim, PrimaryActionSlot } from './step-actions';
import { useDraft } from './use-draft';
import './stepper.css';

export function FlowRunner({ flow, opening }: { flow: FlowDefinition; opening?: FlowOpening }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const visit = useVisit();
  // The open step by id, so a branch that adds or removes steps before it never moves the litigant.
  const [stepId, setStepId] = useState(opening?.stepId ?? flow.steps[0].id);
  /** The step (a read-back) that opened this one with goTo: Next goes back to it. */
  const [returnTo, setReturnTo] = useState<string | null>(null);
  /** What the flow opened with: what another flow handed over is not the litigant's input. */
  const [openedWith] = useState<FlowValues>(() => ({ ...initialValues(flow), ...opening?.values }));
  const [values, setValues] = useState<FlowValues>(openedWith);
  const [showErrors, setShowErrors] = useState(false);
  const [confirmingHome, setConfirmingHome] = useState(false);
  const draft = useDraft(flow, values, setValues);
  const [primarySlot, setPrimarySlot] = useState<HTMLElement | null>(null);
  /** How many of the step's own actions stand in the bar now (StepPrimaryAction). */
  const [ownActions, setOwnActions] = useState(0);
  const claimPrimary = useCallback((change: 1 | -1) => setOwnActions((count) => count + change), []);
  const body = useRef<HTMLElement>(null);
  // The values as of the last change, for a step that changes its value and moves on in one tap
  // (StepProps.next): the branch it chose must count before the next render.
  const latest = useRef(values);
  useLayoutEffect(() => {
    latest.current = values;
  }, [values]);

  const steps = stepsFor(flow, values);
  const index = Math.max(
    0,
    steps.findIndex((candidate) => candidate.id === stepId),
  );
  const step = steps[index] ?? flow.steps[0];
  const isLast = index === steps.length - 1;
  const finished = step.finished(values[step.id]);
  /** The step on screen, for callbacks of a step that is no longer open. */
  const opened = useRef(step.id);
  useLayoutEffect(() => {
    opened.current = step.id;
  }, [step.id]);
  const errors = showErrors ? step.validate(values[step.id], values) : {};

  // Every step opens at its top, never at the scroll position the previous step was left at; so
  // does a finished step's receipt, which takes the place of the form the litigant had scrolled.
  useLayoutEffect(() => {
    body.current?.scrollTo(0, 0);
  }, [step.id, draft.loaded, finished]);

  const open = (id: string) => {
    setShowErrors(false);
    opened.current = id;
    setStepId(id);
  };
  // A step's answer that arrives after the litigant has left it (a lookup still running when Back
  // was tapped) neither changes another step's value nor moves the litigant on.
  const change = (value: unknown) => {
    if (opened.current !== step.id) return;
    latest.current = { ...latest.current, [step.id]: value };
    setValues(latest.current);
  };
  const next = () => {
    if (opened.current !== step.id) return;
    const now = latest.current;
    const problems = step.validate(now[step.id], now);
    setShowErrors(Object.keys(problems).length > 0);
    if (Object.keys(problems).length > 0) return;
    const ahead = stepsFor(flow, now);
    const target = returnTo ?? ahead[ahead.findIndex((candidate) => candidate.id === step.id) + 1]?.id;
    setReturnTo(null);
    if (target) open(target);
  };
  // Back from the first step returns to the services, keeping the visit and its draft; so does
  // Back from a finished step, whose earlier forms were already sent.
  const back = () => {
    setShowErrors(false);
    setReturnTo(null);
    const previous = steps[index - 1];
    if (previous && !finished) open(previous.id);
    else navigate({ page: 'home' });
  };
  const goTo = (id: string) => {
    setReturnTo(step.id);
    open(id);
  };
  const restore = (saved: Record<string, unknown>, id?: string) => {
    setValues(valuesFromDraft(flow, saved));
    setReturnTo(null);
    open(id ?? flow.steps[0].id);
  };
  // Home ends the visit; ask first when that would throw away what was typed.
  const home = () => (hasInput(flow, values, openedWith) && !finished ? setConfirmingHome(true) : visit.end('home'));

  return (
    <div className="flow" data-flow={flow.id} data-step={step.id} data-finished={finished || undefined}>
      <StepHeader
        flowTitle={t(flow.titleKey)}
        // A finished screen is the service's end, not a step: it is named after the service.
        stepTitle={t(finished ? flow.titleKey : step.titleKey)}
        progress={finished ? null : progressOf(flow, values, step.id)}
      />
      <ErrorBanner error={draft.error} />
      {/* It scrolls by itself, so a keyboard (a helper's, a switch) must be able to reach it too. */}
      <section className="flow__step" aria-label={t(finished ? flow.titleKey : step.titleKey)} ref={body} tabIndex={0}>
        <PrimaryActionSlot.Provider value={primarySlot}>
          <PrimaryActionClaim.Provider value={claimPrimary}>
            {draft.loaded &&
              step.render({
                value: values[step.id],
                onChange: change,
                errors,
                flowTitleKey: flow.titleKey,
                goHome: home,
                values,
                goTo,
                restore,
                next,
              })}
          </PrimaryActionClaim.Provider>
        </PrimaryActionSlot.Provider>
      </section>
      <div className="flow__actions" role="group" aria-label={t('flow.actions')}>
        {!finished && (
          <>
            <Button variant="secondary" size="lg" className="flow__back" icon={<BackIcon size="sm" />} onClick={back}>
              {t('common.actions.back')}
            </Button>
            <Button variant="secondary" size="lg" className="flow__home" icon={<HomeIcon size="sm" />} onClick={home}>
              {t('common.actions.home')}
            </Button>
          </>
        )}
        <div className="flow__primary">
          {/* Where a step's own primary action appears (StepPrimaryAction). */}
          <div className="flow__slot" ref={setPrimarySlot} />
          {finished ? (
            // The work is kept in main: leaving loses nothing, so nothing to confirm.
            // A finished screen's own way on (交费 after filing) is its primary action; leaving is then the alternative.
            <Button variant={ownActions > 0 ? 'secondary' : 'primary'} size="lg" className="flow__finish" icon={<CheckIcon size="sm" />} onClick={home}>
              {t('flow.finish')}
            </Button>
          ) : (
            !isLast &&
            !step.advancesItself(values) && (
              <Button
                variant="primary"
                size="lg"
                className="flow__next"
                icon={<NextIcon size="sm" />}
                iconAtEnd
                busy={step.pending(values[step.id], values)}
                onClick={next}
              >
                {t(returnTo ? 'flow.backToReview' : 'common.actions.next')}
              </Button>
            )
          )}
        </div>
      </div>
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
