// "Request mediation" / "File a case" from the report: saves the other flow's draft, filled in from
// the interview, then opens that flow, which starts from its draft as it always does.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../../contract';
import { useRouter } from '../../app/router';
import { useTerminalConfig } from '../../app/terminal-config';
import { useVisit } from '../../app/visit-context';
import { errorShapeOf } from '../../kiosk';
import type { FlowValues } from '../stepper/flow';
import { filingDraft, mediationDraftFromRisk } from './carry-over';
import { answersOf, disputeOf } from './interview';
import { summaryText } from '../../../../contract/risk-wording';

export type CarryTarget = 'mediation' | 'filing';

export function useCarryOver(values: Readonly<FlowValues>): {
  carryTo(service: CarryTarget): void;
  leaving: boolean;
  error: KioskErrorShape | null;
  offered: CarryTarget[];
} {
  const { t, i18n } = useTranslation();
  const config = useTerminalConfig();
  const { navigate } = useRouter();
  const { session } = useVisit();
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);

  const carryTo = (service: CarryTarget) => {
    const dispute = disputeOf(values);
    const answers = answersOf(values);
    const draft =
      service === 'mediation'
        ? mediationDraftFromRisk(
            dispute.caseType,
            summaryText({ t, language: i18n.language, questions: dispute.questions, courtDirectory: config.courtDirectory }, answers),
          )
        : filingDraft(dispute.caseType, answers);
    setLeaving(true);
    setError(null);
    session.saveDraft(service, draft).then(
      () => navigate({ page: 'service', service }),
      (err: unknown) => {
        setError(errorShapeOf(err));
        setLeaving(false);
      },
    );
  };
  const offered = (['mediation', 'filing'] as const).filter((service) => config.services[service]);
  return { carryTo, leaving, error, offered };
}
