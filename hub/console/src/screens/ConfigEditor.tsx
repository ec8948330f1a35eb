// The configuration a group of terminals should run: edit its settings (whole sections, as JSON),
// see section by section what would change, then roll it out. The hub checks it with the kiosk's own
// schema and rules; a refusal names the field and changes nothing.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionChange } from '../../../server/desired-config';
import { api, asApiError, HubApiError } from '../api';
import { ErrorNote, Field, ScreenTitle } from '../components';

interface GroupRow {
  group: string;
  patch: Record<string, unknown>;
  revision: number;
  terminals: number;
}

export function ConfigEditor() {
  const { t } = useTranslation();
  const [groups, setGroups] = useState<GroupRow[]>([]);
  const [group, setGroup] = useState('');
  const [text, setText] = useState('{}');
  const [changes, setChanges] = useState<SectionChange[] | null>(null);
  const [error, setError] = useState<HubApiError | null>(null);
  const [rolledOut, setRolledOut] = useState<number | null>(null);
  const load = useCallback(async () => {
    const rows = (await api<{ groups: GroupRow[] }>('GET', 'config/groups')).groups;
    setGroups(rows);
    return rows;
  }, []);
  const choose = (row: GroupRow | undefined) => {
    setGroup(row?.group ?? '');
    setText(JSON.stringify(row?.patch ?? {}, null, 2));
    setChanges(null);
    setRolledOut(null);
    setError(null);
  };
  useEffect(() => {
    load().then(
      (rows) => choose(rows[0]),
      (err: unknown) => setError(asApiError(err)),
    );
  }, [load]);
  const parsed = (): Record<string, unknown> | null => {
    try {
      const value = JSON.parse(text) as unknown;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Said below.
    }
    setError(new HubApiError(400, 'BAD_JSON', 'errors.editorJson', {}));
    return null;
  };
  const preview = async () => {
    setError(null);
    setRolledOut(null);
    const patch = parsed();
    if (!patch) return;
    try {
      setChanges((await api<{ changes: SectionChange[] }>('POST', `config/groups/${encodeURIComponent(group)}/diff`, { patch })).changes);
    } catch (err) {
      setChanges(null);
      setError(asApiError(err));
    }
  };
  const rollOut = async () => {
    const patch = parsed();
    if (!patch) return;
    try {
      setRolledOut((await api<{ revision: number }>('PUT', `config/groups/${encodeURIComponent(group)}`, { patch })).revision);
      setChanges(null);
      await load();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <section className="screen" aria-labelledby="config-title">
      <ScreenTitle>
        <span id="config-title">{t('nav.config')}</span>
      </ScreenTitle>
      <p className="note">{t('config.intro')}</p>
      <div className="tabs" role="group" aria-label={t('config.groups')}>
        {groups.map((g) => (
          <button key={g.group} type="button" className="button" aria-pressed={g.group === group} onClick={() => choose(g)}>
            {t('config.groupButton', { group: g.group, terminals: g.terminals })}
          </button>
        ))}
      </div>
      <div className="card">
        <Field label={t('config.group')} hint={t('config.groupHint')}>
          {(p) => <input {...p} name="group" value={group} onChange={(e) => setGroup(e.target.value)} />}
        </Field>
        <Field label={t('config.settings')} hint={t('config.settingsHint')}>
          {(p) => (
            <textarea
              {...p}
              name="settings"
              className="code-editor"
              rows={14}
              spellCheck={false}
              value={text}
              onChange={(e) => (setText(e.target.value), setChanges(null))}
            />
          )}
        </Field>
        <ErrorNote error={error} />
        <div className="row">
          <button type="button" className="button" onClick={() => void preview()} disabled={group === ''}>
            {t('config.preview')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void rollOut()} disabled={changes === null || changes.length === 0}>
            {t('config.rollOut', { group })}
          </button>
        </div>
        {changes?.length === 0 && <p className="note">{t('config.noChanges')}</p>}
        {changes && changes.length > 0 && (
          <table className="table diff" aria-label={t('config.changes')}>
            <thead>
              <tr>
                <th scope="col">{t('config.section')}</th>
                <th scope="col">{t('config.before')}</th>
                <th scope="col">{t('config.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.section} data-section={c.section}>
                  <th scope="row">{c.section}</th>
                  <td>
                    <pre className="diff__before">{c.before === null ? t('config.unset') : JSON.stringify(c.before, null, 1)}</pre>
                  </td>
                  <td>
                    <pre className="diff__after">{c.after === null ? t('config.unset') : JSON.stringify(c.after, null, 1)}</pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rolledOut !== null && (
          <p className="note note--ok" role="status">
            {t('config.rolledOut', { group, revision: rolledOut })}
          </p>
        )}
      </div>
    </section>
  );
}
