// The audit log on the console: who did what on this terminal, newest first, in words; and the
// checks an inspector would make — every entry's hash recomputed along the chain and its end held
// against the anchor kept outside the database, then the log held against the head the court last
// received (its witness, which alone catches a rewrite of every hash and the anchor) — each verdict
// said plainly.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, KioskErrorShape, MethodOutput } from '../../../contract';
import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { callKiosk, errorShapeOf } from '../kiosk';
import { auditLine } from './audit-wording';
import { useDateTimeFormat } from './formatting';

const PAGE = 100;

type Verdict = MethodOutput<'audit.verify'>;
type WitnessCheck = MethodOutput<'audit.checkWitness'>;

/** The verdict in words: intact, or what is wrong and from which entry. */
function verdictWords(verdict: Verdict): { key: string; values: Record<string, unknown> } {
  if (verdict.ok) return { key: 'admin.audit.verdict.ok', values: { count: verdict.count } };
  if (verdict.firstBrokenId !== null) return { key: 'admin.audit.verdict.broken', values: { id: verdict.firstBrokenId } };
  if (verdict.missingAfter !== null) return { key: 'admin.audit.verdict.missing', values: { id: verdict.missingAfter } };
  return { key: 'admin.audit.verdict.anchorMissing', values: { count: verdict.count } };
}

/** How the court's witness reads against the log: the tone of the box and its words. */
function witnessWords(check: WitnessCheck, when: (iso: string) => string): { tone: string; key: string; values: Record<string, unknown> } {
  const values = { id: check.witness?.id, time: check.witness ? when(check.witness.receivedAt) : '', lastId: check.lastId };
  const tone = check.verdict === 'agrees' ? 'ok' : check.verdict === 'none' ? 'none' : 'bad';
  return { tone, key: `admin.audit.witness.${check.verdict}`, values };
}

export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const when = useDateTimeFormat();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [witness, setWitness] = useState<WitnessCheck | null>(null);

  const load = useCallback(async (before?: number) => {
    try {
      const page = await callKiosk('audit.recent', { limit: PAGE, ...(before ? { before } : {}) });
      setEntries((shown) => [...(before ? (shown ?? []) : []), ...page.entries]);
      setMore(page.entries.length === PAGE);
    } catch (err) {
      setError(errorShapeOf(err));
    }
  }, []);
  useEffect(() => {
    void load();
    // Entries name staff by their id; the list gives the names people know them by.
    callKiosk('staff.list', {}).then(
      ({ accounts }) => setNames(new Map(accounts.map((a) => [a.staffId, a.name]))),
      (err: unknown) => setError(errorShapeOf(err)),
    );
  }, [load]);
  const verify = async () => {
    setVerdict(null);
    try {
      setVerdict(await callKiosk('audit.verify', {}));
    } catch (err) {
      setError(errorShapeOf(err));
    }
  };
  const checkWitness = async () => {
    setWitness(null);
    setError(null);
    try {
      setWitness(await callKiosk('audit.checkWitness', {}));
    } catch (err) {
      setError(errorShapeOf(err));
    }
  };
  const wording = { t: (key: string, values?: Record<string, unknown>) => t(key, values), exists: (key: string) => i18n.exists(key) };
  const said = verdict && verdictWords(verdict);
  const witnessSaid = witness && witnessWords(witness, when);

  return (
    <section className="console-section" aria-labelledby="audit-title">
      <h2 id="audit-title" className="console-section__title">
        {t('admin.sections.audit')}
      </h2>
      <p className="console-section__intro">{t('admin.audit.intro')}</p>
      <ErrorBanner error={error} />
      <div className="console-section__actions">
        <Button variant="primary" size="lg" onClick={verify}>
          {t('admin.audit.verify')}
        </Button>
        {verdict && said && (
          <p className={`console-result console-result--${verdict.ok ? 'ok' : 'bad'}`} role="status" data-verdict={verdict.ok ? 'ok' : 'bad'}>
            {t(said.key, said.values)}
          </p>
        )}
        <Button size="lg" onClick={checkWitness}>
          {t('admin.audit.checkWitness')}
        </Button>
        {witnessSaid && (
          <p className={`console-result console-result--${witnessSaid.tone}`} role="status" data-witness={witness?.verdict}>
            {t(witnessSaid.key, witnessSaid.values)}
          </p>
        )}
      </div>
      {entries && entries.length === 0 && <p className="console-section__intro">{t('admin.audit.none')}</p>}
      {entries && entries.length > 0 && (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.columns.at')}</th>
              <th scope="col">{t('admin.audit.columns.who')}</th>
              <th scope="col">{t('admin.audit.columns.what')}</th>
              <th scope="col">{t('admin.audit.columns.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const line = auditLine(entry, names, wording);
              return (
                <tr key={entry.id} data-action={entry.action}>
                  <td className="audit-table__at">{when(entry.at)}</td>
                  <td>{line.who}</td>
                  <td>
                    {line.what}
                    {line.refused && <span className="audit-table__refused">{t('admin.audit.refused', { code: line.refused })}</span>}
                  </td>
                  <td>{line.subject}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {more && entries && <Button onClick={() => load(entries[entries.length - 1]!.id)}>{t('admin.audit.earlier')}</Button>}
    </section>
  );
}
