// 排队号, 80 mm: a take-a-number ticket for the helper desk, the number as large as the roll allows.
import { z } from 'zod';
import { TicketService } from '../../../../contract';
import type { Block } from '../blocks';
import { defineDocument, receiptTail } from './document';

export const queueTicket = defineDocument({
  sizes: ['80mm'],
  input: z
    .object({
      ticketNo: z.string().regex(/^[A-Z]\d{3}$/, 'a letter for the service and three digits, e.g. A017'),
      service: TicketService,
      priority: z.boolean(),
      waitingAhead: z.number().int().nonnegative(),
      estimatedWaitMinutes: z.number().int().nonnegative(),
      /** Unique per ticket: the day plus the number, so the QR of yesterday's A017 is not today's. */
      documentNo: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
    })
    .strict(),
  sample: { ticketNo: 'A017', service: 'filing', priority: false, waitingAhead: 4, estimatedWaitMinutes: 20, documentNo: 'PD-20261123-A017' },
  documentNo: (input) => input.documentNo,
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    return [
      { kind: 'title', over: ctx.court, text: t('queueTicket.title') },
      { kind: 'display', text: input.ticketNo },
      ...(input.priority ? [{ kind: 'paragraph', align: 'center', text: t('queueTicket.priority') } as const] : []),
      { kind: 'paragraph', align: 'center', text: t('queueTicket.service', { service: t(`queueTicket.services.${input.service}`) }) },
      {
        kind: 'paragraph',
        align: 'center',
        text: input.waitingAhead === 0 ? t('queueTicket.next') : t('queueTicket.waiting', { count: input.waitingAhead, minutes: input.estimatedWaitMinutes }),
      },
      { kind: 'paragraph', align: 'center', small: true, text: t('queueTicket.notice') },
      ...receiptTail(ctx),
    ];
  },
});
