// The short code that takes this filing up again at any kiosk of the court if the visit is cut
// short (a crash, a power cut), shown once the filer is known; their ID card works as well. The
// case-type step says what it is for; every step after it keeps the code in view, small, so a
// power cut on any page finds it written down.
import { useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { filingValuesOf } from './filing-draft';

/** The visit's code: main makes it once and gives the same one back; the filer's ID number is added to it. */
function useResumeCode(idNumber: string): string | null {
  const call = useKiosk('filing.resumeCode');
  const { run } = call;
  useEffect(() => {
    void run({ idNumber: idNumber || null });
  }, [run, idNumber]);
  return call.value?.code ?? null;
}

export function ResumeCodeNote({ idNumber }: { idNumber: string }) {
  const { t } = useTranslation();
  const code = useResumeCode(idNumber);
  if (!code) return null;
  return (
    <p className="filing__resume-code" data-resume-code={code}>
      {t('filing.resume.note')} <strong className="filing__code">{code}</strong>
    </p>
  );
}

function ResumeCodeBadge({ idNumber }: { idNumber: string }) {
  const { t } = useTranslation();
  const code = useResumeCode(idNumber);
  if (!code) return null;
  return (
    <p className="filing__resume-badge" data-resume-code={code}>
      {t('filing.resume.badge')} <strong className="filing__code">{code}</strong>
    </p>
  );
}

/**
 * A filing step with the resume code above it. `done`: the step's value once the filing is made
 * (the receipt shows) — there is nothing left to resume, so the code would only puzzle.
 */
export function withResumeCode<V>(Step: ComponentType<StepProps<V>>, done: (value: V) => boolean = () => false): ComponentType<StepProps<V>> {
  function StepWithResumeCode(props: StepProps<V>) {
    return (
      <>
        {done(props.value) ? null : <ResumeCodeBadge idNumber={filingValuesOf(props.values).applicant.idNumber} />}
        <Step {...props} />
      </>
    );
  }
  StepWithResumeCode.displayName = `WithResumeCode(${Step.displayName ?? Step.name})`;
  return StepWithResumeCode;
}
