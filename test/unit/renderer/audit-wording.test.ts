// The audit log as the console words it (issue 14): who, what and concerning what, from the entry
// as recorded, in the locale files' own words; an action this build has no words for reads as recorded.
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../contract';
import { auditLine, type Wording } from '../../../renderer/src/admin/audit-wording';

const LOCALES = join(__dirname, '../../../resources/locales');
const NAMES = new Map([['wang-fang', '王芳']]);
let words: Wording;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  const admin = JSON.parse(readFileSync(join(LOCALES, 'en', 'admin.json'), 'utf8')) as object;
  await i18n.init({ lng: 'en', ns: ['admin'], resources: { en: { admin } }, interpolation: { escapeValue: false } });
  words = { t: (key, values) => i18n.t(key.replace('.', ':'), values), exists: (key) => i18n.exists(key.replace('.', ':')) };
});

const entry = (actor: string, action: string, details: Record<string, unknown>): AuditEntry => ({
  id: 1,
  at: '2026-11-23T01:00:00.000Z',
  actor,
  action,
  details,
  hash: '',
});

describe('an audit entry in words', () => {
  it.each([
    [
      'a disabled account, named',
      entry('admin', 'staff.setEnabled', { staffId: 'wang-fang', enabled: false }),
      { who: 'admin', what: 'Disabled an account', subject: 'Account: 王芳 (wang-fang)', refused: null },
    ],
    ['a sign-in', entry('wang-fang', 'staff.signIn', { role: 'helper' }), { who: '王芳 (wang-fang)', what: 'Signed in', subject: null, refused: null }],
    [
      'a refused call, by its input',
      entry('wang-fang', 'queue.serve', { input: { ticketId: 7 }, outcome: 'TICKET_STATE' }),
      { what: 'Marked a number served', subject: 'Queue ticket record 7', refused: 'TICKET_STATE' },
    ],
    [
      'a submission',
      entry('litigant', 'submission', { kind: 'filing', receiptNo: 'R-1' }),
      { who: 'A litigant', what: 'Submitted to the court', subject: 'Receipt no. R-1' },
    ],
    [
      'settings, by section',
      entry('hub', 'config.set', { before: {}, after: { idle: {}, languages: [], keyboard: {} } }),
      { who: "The court's hub", subject: 'Settings: When nobody is using it, Services and languages, keyboard' },
    ],
    ['an action without words', entry('system', 'newly.invented', {}), { who: 'The terminal', what: 'newly.invented', subject: null }],
  ])('%s', (_, recorded, expected) => {
    expect(auditLine(recorded, NAMES, words)).toMatchObject(expected);
  });
});
