// How an audit entry reads on the console: who did it (a staff member by name, or the litigant,
// the terminal itself, the command line, the court's hub), what they did (admin.audit.actions.<action>,
// or the action as recorded where this build has no words for it), what it concerned, and whether
// it was refused. The entry itself stays as recorded: this only words it.
import type { AuditEntry } from '../../../contract';

export interface AuditLine {
  who: string;
  what: string;
  subject: string | null;
  /** The refusal's code when the call did not go through (details.outcome of an audited call). */
  refused: string | null;
}

export interface Wording {
  t(key: string, values?: Record<string, unknown>): string;
  exists(key: string): boolean;
}

/** Actors that are not a staff member, worded as admin.audit.actors.<actor>. */
const NAMED_ACTORS = ['litigant', 'system', 'cli', 'hub'];

/** What an entry concerned: the first of these fields in its details, or in the input of the call it records. */
const SUBJECTS: readonly { field: string; key: string }[] = [
  { field: 'staffId', key: 'admin.audit.subject.staff' },
  { field: 'receiptNo', key: 'admin.audit.subject.receipt' },
  { field: 'documentNo', key: 'admin.audit.subject.document' },
  { field: 'ticketId', key: 'admin.audit.subject.ticket' },
  { field: 'jobId', key: 'admin.audit.subject.printJob' },
  { field: 'paymentId', key: 'admin.audit.subject.payment' },
];

/** The console section (admin.sections.<section>) where a setting changed by config.set is edited; others read as their key. */
const SECTION_OF_SETTING: Readonly<Record<string, string>> = {
  court: 'court',
  terminalId: 'court',
  timeZone: 'court',
  kioskMode: 'court',
  services: 'services',
  languages: 'services',
  defaultLanguage: 'services',
  idle: 'idle',
  printers: 'printers',
  courtEndpoint: 'endpoint',
  fees: 'fees',
  mediation: 'mediation',
  courtDirectory: 'directory',
  retentionDays: 'retention',
};

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function auditLine(entry: AuditEntry, staffNames: ReadonlyMap<string, string>, { t, exists }: Wording): AuditLine {
  const person = (staffId: string) => {
    const name = staffNames.get(staffId);
    return name ? t('admin.audit.person', { name, staffId }) : staffId;
  };
  const who = NAMED_ACTORS.includes(entry.actor) ? t(`admin.audit.actors.${entry.actor}`) : person(entry.actor);

  // One action recorded for two deeds (an account enabled or disabled) is worded by that detail.
  const action = `admin.audit.actions.${entry.action}`;
  const enabled = entry.details['enabled'];
  const deed = typeof enabled === 'boolean' ? `${action}.${enabled ? 'on' : 'off'}` : action;
  const what = exists(deed) ? t(deed) : entry.action;

  const input = record(entry.details['input']);
  const found = SUBJECTS.map(({ field, key }) => ({ key, field, value: entry.details[field] ?? input[field] })).find(({ value }) => value != null);
  const changed = [
    ...new Set(Object.keys(record(entry.details['after'])).map((key) => (SECTION_OF_SETTING[key] ? t(`admin.sections.${SECTION_OF_SETTING[key]}`) : key))),
  ];
  const subject = found
    ? t(found.key, { value: found.field === 'staffId' ? person(String(found.value)) : String(found.value) })
    : changed.length > 0
      ? t('admin.audit.subject.settings', { sections: changed.join(t('admin.audit.separator')) })
      : null;

  const outcome = entry.details['outcome'];
  return { who, what, subject, refused: typeof outcome === 'string' && outcome !== 'ok' ? outcome : null };
}
