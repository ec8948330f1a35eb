// What the interview needs from main before it can start: the dispute types of the catalogue and
// the rule set's questions for each; one answer with the error to show and a retry.
import { useCallback, useEffect, useState } from 'react';
import type { CaseType, KioskErrorShape, RiskQuestion } from '../../../../contract';
import { callKiosk, errorShapeOf } from '../../kiosk';

export interface InterviewData {
  types: CaseType[];
  version: string;
  questions: Record<string, RiskQuestion[]>;
}

export function useInterviewData(): { data: InterviewData | null; error: KioskErrorShape | null; retry(): void } {
  const [data, setData] = useState<InterviewData | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const load = useCallback(() => {
    let live = true;
    setError(null);
    Promise.all([callKiosk('catalogue.caseTypes', {}), callKiosk('risk.ruleSet', {})]).then(
      ([catalogue, rules]) =>
        live && setData({ types: catalogue.types, version: rules.version, questions: Object.fromEntries(rules.types.map((t) => [t.caseType, t.questions])) }),
      (err: unknown) => live && setError(errorShapeOf(err)),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(load, [load]);
  return { data, error, retry: load };
}
