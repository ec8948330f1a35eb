// Take a number (取号) as a flow: choose the desk and whether you need priority, then the ticket.
import { defineStep, type FlowDefinition } from '../stepper/flow';
import { ServiceStep } from './ServiceStep';
import { choiceFromDraft, issuedFromDraft, NO_CHOICE, NOT_ISSUED, validateChoice, type Issued, type TicketChoice } from './ticket-request';
import { TicketStep } from './TicketStep';

export const queueFlow: FlowDefinition = {
  id: 'queue',
  titleKey: 'services.queue.title',
  steps: [
    defineStep<TicketChoice>({
      id: 'service',
      titleKey: 'queue.take.title',
      Component: ServiceStep,
      initial: NO_CHOICE,
      fromDraft: choiceFromDraft,
      validate: validateChoice,
    }),
    defineStep<Issued>({
      id: 'ticket',
      titleKey: 'queue.ticket.title',
      Component: TicketStep,
      initial: NOT_ISSUED,
      fromDraft: issuedFromDraft,
      finished: (issued) => issued.ticket !== null,
    }),
  ],
};
