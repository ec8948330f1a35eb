// The two ways on from a report, each opening its flow already filled in (use-carry-over.ts).
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { FilingIcon, MediationIcon } from '../../components/icons';
import type { CarryTarget } from './use-carry-over';

const LABELS: Record<CarryTarget, string> = { mediation: 'risk.flow.report.toMediation', filing: 'risk.flow.report.toFiling' };

export function CarryOverButtons({ offered, leaving, carryTo }: { offered: readonly CarryTarget[]; leaving: boolean; carryTo(service: CarryTarget): void }) {
  const { t } = useTranslation();
  return (
    <>
      {offered.map((service) => (
        <Button
          key={service}
          variant="secondary"
          size="lg"
          data-carry-to={service}
          icon={service === 'mediation' ? <MediationIcon size="sm" /> : <FilingIcon size="sm" />}
          busy={leaving}
          onClick={() => carryTo(service)}
        >
          {t(LABELS[service])}
        </Button>
      ))}
    </>
  );
}
