// What the take-a-number flow keeps: the chosen queue with the priority answer, then the ticket
// main issued — kept in the flow's values so going back and forth never takes a second number.
import { z } from 'zod';
import { Ticket, TicketService } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';

const TicketChoice = z.object({ service: TicketService.nullable(), priority: z.boolean() });
export type TicketChoice = z.infer<typeof TicketChoice>;
const Issued = z.object({ ticket: Ticket.nullable() });
export type Issued = z.infer<typeof Issued>;

export const NO_CHOICE: TicketChoice = { service: null, priority: false };
export const NOT_ISSUED: Issued = { ticket: null };

export const choiceFromDraft = (saved: unknown): TicketChoice | null => TicketChoice.safeParse(saved).data ?? null;
export const issuedFromDraft = (saved: unknown): Issued | null => Issued.safeParse(saved).data ?? null;

export const validateChoice = (choice: TicketChoice): FieldErrors => (choice.service ? {} : { service: 'queue.take.required' });
