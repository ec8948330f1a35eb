// The helper-desk queues as the take-a-number screen shows them: the contract's order, each with
// an icon; the words are queue.services.<id> in the locale files.
import type { ComponentType } from 'react';
import { TicketService } from '../../../../contract';
import { FilingIcon, HelperIcon, MediationIcon, PaymentIcon, type IconProps } from '../../components/icons';

export const TICKET_SERVICES = TicketService.options;

export const TICKET_SERVICE_ICONS: Record<TicketService, ComponentType<IconProps>> = {
  filing: FilingIcon,
  fees: PaymentIcon,
  mediation: MediationIcon,
  enquiry: HelperIcon,
};
