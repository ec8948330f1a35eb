// The services of the home screen, each with its icon, summary and flow. Which ones show is the
// terminal config's call (config.services); their order is the contract's SERVICE_IDS.
import type { ComponentType } from 'react';
import type { ServiceId } from '../../../contract';
import { FilingIcon, MediationIcon, PaymentIcon, QueueIcon, RiskIcon, SearchIcon, type IconProps } from '../components/icons';
import { filingFlow } from './filing/filing-flow';
import { mediationFlow } from './mediation/mediation-flow';
import { feesFlow } from './fees/fees-flow';
import { queueFlow } from './queue/queue-flow';
import { riskFlow } from './risk/risk-flow';
import { statusFlow } from './status/status-flow';
import type { FlowDefinition } from './stepper/flow';

export interface ServiceEntry {
  id: ServiceId;
  summaryKey: string;
  Icon: ComponentType<IconProps>;
  flow: FlowDefinition;
}

export const SERVICE_CATALOGUE: Record<ServiceId, ServiceEntry> = {
  risk: { id: 'risk', summaryKey: 'services.risk.summary', Icon: RiskIcon, flow: riskFlow },
  filing: { id: 'filing', summaryKey: 'services.filing.summary', Icon: FilingIcon, flow: filingFlow },
  fees: { id: 'fees', summaryKey: 'services.fees.summary', Icon: PaymentIcon, flow: feesFlow },
  mediation: { id: 'mediation', summaryKey: 'services.mediation.summary', Icon: MediationIcon, flow: mediationFlow },
  status: { id: 'status', summaryKey: 'services.status.summary', Icon: SearchIcon, flow: statusFlow },
  queue: { id: 'queue', summaryKey: 'services.queue.summary', Icon: QueueIcon, flow: queueFlow },
};
