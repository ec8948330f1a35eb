// Software releases for the terminals: upload an installer, offer it to some groups first, widen the
// rollout group by group. Terminals install only when idle and closed.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError, type HubApiError } from '../api';
import { ErrorNote, Field, ScreenTitle } from '../components';

interface Release {
  version: string;
  fileName: string;
  releaseDate: string;
  groups: string[];
  size: number;
}

const groupsOf = (text: string) =>
  text
    .split(/[,，\s]+/)
    .map((g) => g.trim())
    .filter(Boolean);

export function Updates() {
  const { t } = useTranslation();
  const [releases, setReleases] = useState<Release[]>([]);
  const [version, setVersion] = useState('');
  const [groups, setGroups] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [widen, setWiden] = useState<Record<string, string>>({});
  const [error, setError] = useState<HubApiError | null>(null);
  const load = useCallback(() => {
    api<{ releases: Release[] }>('GET', 'updates').then(
      (r) => setReleases(r.releases),
      (err: unknown) => setError(asApiError(err)),
    );
  }, []);
  useEffect(load, [load]);
  const upload = async () => {
    if (!file) return;
    setError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    try {
      await api('POST', 'updates', { version, fileName: file.name, data: btoa(binary), groups: groupsOf(groups) });
      load();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const setReleaseGroups = async (release: Release) => {
    try {
      await api('PUT', `updates/${encodeURIComponent(release.version)}/groups`, { groups: groupsOf(widen[release.version] ?? release.groups.join(', ')) });
      load();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <section className="screen" aria-labelledby="updates-title">
      <ScreenTitle>
        <span id="updates-title">{t('nav.updates')}</span>
      </ScreenTitle>
      <p className="note">{t('updates.intro')}</p>
      <ErrorNote error={error} />
      <table className="table card" aria-label={t('updates.releases')}>
        <thead>
          <tr>
            <th scope="col">{t('updates.version')}</th>
            <th scope="col">{t('updates.file')}</th>
            <th scope="col">{t('updates.groups')}</th>
          </tr>
        </thead>
        <tbody>
          {releases.length === 0 && (
            <tr>
              <td colSpan={3}>{t('updates.none')}</td>
            </tr>
          )}
          {releases.map((r) => (
            <tr key={r.version}>
              <th scope="row">{r.version}</th>
              <td>{t('updates.fileSize', { name: r.fileName, mb: (r.size / 2 ** 20).toFixed(1) })}</td>
              <td>
                <div className="row">
                  <Field label={t('updates.groupsFor', { version: r.version })}>
                    {(p) => (
                      <input {...p} value={widen[r.version] ?? r.groups.join(', ')} onChange={(e) => setWiden({ ...widen, [r.version]: e.target.value })} />
                    )}
                  </Field>
                  <button type="button" className="button" onClick={() => void setReleaseGroups(r)}>
                    {t('updates.setGroups')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="card"
        aria-labelledby="upload-title"
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <h3 id="upload-title">{t('updates.upload')}</h3>
        <div className="row">
          <Field label={t('updates.version')} hint={t('updates.versionHint')}>
            {(p) => <input {...p} value={version} onChange={(e) => setVersion(e.target.value)} required />}
          </Field>
          <Field label={t('updates.groups')} hint={t('updates.groupsHint')}>
            {(p) => <input {...p} value={groups} onChange={(e) => setGroups(e.target.value)} required />}
          </Field>
        </div>
        <Field label={t('updates.file')}>{(p) => <input {...p} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />}</Field>
        <button type="submit" className="button button--primary" disabled={!file}>
          {t('updates.release')}
        </button>
      </form>
    </section>
  );
}
