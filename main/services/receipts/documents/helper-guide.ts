// 帮办人员工作指引, A4, one page: what a new helper needs to work this terminal — entering staff
// mode, an assisted visit, the helper desk, privacy, whom to call — printed by the terminal itself
// from its own settings (court, terminal id, enabled services, staff time-out, its admins).
import { z } from 'zod';
import { ServiceId } from '../../../../contract';
import type { Block } from '../blocks';
import { DocumentNo, Text, defineDocument, documentTail } from './document';

/** The steps of each section, in order; their wording is in the locale files' helperGuide. */
const SECTIONS = {
  signIn: ['press', 'lock'],
  assist: ['start', 'handOver', 'review'],
  desk: ['rejected', 'print', 'payment', 'queue'],
  privacy: ['endVisit', 'personalData'],
} as const;

export const helperGuide = defineDocument({
  sizes: ['a4'],
  input: z
    .object({
      guideNo: DocumentNo,
      /** The services this terminal offers, in the home screen's order. */
      services: z.array(ServiceId).max(ServiceId.options.length),
      /** A staff screen left alone signs out after this long (half the litigant idle time). */
      staffTimeoutSeconds: z.number().int().positive(),
      /** The terminal's administrators: whom a helper calls. */
      admins: z.array(z.object({ name: Text(60).min(1), staffId: Text(32).min(1) }).strict()).max(3),
    })
    .strict(),
  sample: {
    guideNo: 'KIOSK-01-BB-20261123',
    services: ['risk', 'filing', 'fees', 'mediation', 'status', 'queue'],
    staffTimeoutSeconds: 45,
    admins: [{ name: '陈立新', staffId: 'admin' }],
  },
  documentNo: (input) => input.guideNo,
  // One sheet to post beside the terminal: 11 pt on 1.4 lines is still an official notice's size.
  compact: { type: { over: 13, title: 20, heading: 12.5, body: 11, small: 9, display: 96 }, leading: 1.4, gap: 5 },
  blocks(input, ctx): Block[] {
    const { t } = ctx;
    const values = { seconds: input.staffTimeoutSeconds, court: ctx.court };
    const section = (id: keyof typeof SECTIONS): Block[] => [
      { kind: 'heading', text: t(`helperGuide.${id}.title`) },
      { kind: 'list', numbered: true, items: SECTIONS[id].map((step) => t(`helperGuide.${id}.${step}`, values)) },
    ];
    const services = input.services.map((s) => t(`helperGuide.serviceNames.${s}`)).join(t('helperGuide.separator')) || t('helperGuide.none');
    return [
      { kind: 'title', over: ctx.court, text: t('helperGuide.title') },
      { kind: 'paragraph', small: true, align: 'center', text: t('helperGuide.thisTerminal', { terminal: ctx.terminalId, no: input.guideNo, services }) },
      ...section('signIn'),
      ...section('assist'),
      ...section('desk'),
      ...section('privacy'),
      { kind: 'heading', text: t('helperGuide.contacts.title') },
      {
        kind: 'fields',
        rows: [
          ...(input.admins.length > 0
            ? [
                {
                  label: t('helperGuide.contacts.admin'),
                  value: input.admins.map((admin) => t('helperGuide.contacts.adminValue', admin)).join(t('helperGuide.separator')),
                },
              ]
            : []),
          { label: t('helperGuide.contacts.centre'), value: t('helperGuide.contacts.centreValue', values) },
        ],
      },
      ...documentTail(ctx),
    ];
  },
});
