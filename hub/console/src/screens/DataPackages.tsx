// Law-data packages: what has been published, and publishing the next one. The hub checks every part
// with the kiosk's own loaders and signs it; terminals verify the signature before using it.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageRefusal } from '../../../server/package-refusal';
import { api, asApiError, HubApiError } from '../api';
import { ErrorNote, Field, ScreenTitle } from '../components';

interface PackageRow {
  version: string;
  publishedAt: string;
  publishedBy: string;
  parts: string[];
}

/** A refused package in words: the part and the place in it, then what is wrong there. */
function RefusalNote({ refusal }: { refusal: PackageRefusal }) {
  const { t } = useTranslation();
  const place = [
    refusal.part === null ? t('packages.at.whole') : t(`packages.part.${refusal.part}`, { defaultValue: refusal.part }),
    ...refusal.at.map((key) => (typeof key === 'number' ? t('packages.at.row', { n: key + 1 }) : `“${key}”`)),
  ];
  return (
    <p className="note note--error" role="alert" data-error-code="BAD_PACKAGE" data-reason={refusal.reason}>
      {t('packages.refused', {
        where: place.join(' › '),
        why: t(`packages.reasons.${refusal.reason}`, { names: refusal.names?.join(t('packages.separator')), detail: refusal.detail }),
      })}
    </p>
  );
}

export function DataPackages() {
  const { t, i18n } = useTranslation();
  const [packages, setPackages] = useState<PackageRow[]>([]);
  const [version, setVersion] = useState('');
  // Null until the hub says what to start from: the package in force, or the shipped LPR rows.
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<HubApiError | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const load = useCallback(() => {
    api<{ packages: PackageRow[]; draft: object }>('GET', 'data-packages').then(
      (r) => {
        setPackages(r.packages);
        setText((typed) => typed ?? JSON.stringify(r.draft, null, 2));
      },
      (err: unknown) => setError(asApiError(err)),
    );
  }, []);
  useEffect(load, [load]);
  const publish = async () => {
    setError(null);
    setPublished(null);
    let content: unknown;
    try {
      content = JSON.parse(text ?? '');
    } catch {
      setError(new HubApiError(400, 'BAD_JSON', 'errors.editorJson', {}));
      return;
    }
    try {
      setPublished((await api<{ version: string }>('POST', 'data-packages', { version, content })).version);
      load();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <section className="screen" aria-labelledby="packages-title">
      <ScreenTitle>
        <span id="packages-title">{t('nav.packages')}</span>
      </ScreenTitle>
      <p className="note">{t('packages.intro')}</p>
      <table className="table card" aria-label={t('packages.published')}>
        <thead>
          <tr>
            <th scope="col">{t('packages.version')}</th>
            <th scope="col">{t('packages.parts')}</th>
            <th scope="col">{t('packages.publishedAt')}</th>
            <th scope="col">{t('packages.publishedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {packages.length === 0 && (
            <tr>
              <td colSpan={4}>{t('packages.none')}</td>
            </tr>
          )}
          {packages.map((p) => (
            <tr key={p.version}>
              <th scope="row">{p.version}</th>
              <td>{p.parts.map((part) => t(`packages.part.${part}`)).join(t('packages.separator'))}</td>
              <td>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(p.publishedAt))}</td>
              <td>{p.publishedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="card"
        aria-labelledby="publish-title"
        onSubmit={(event) => {
          event.preventDefault();
          void publish();
        }}
      >
        <h3 id="publish-title">{t('packages.publish')}</h3>
        <Field label={t('packages.version')} hint={t('packages.versionHint')}>
          {(p) => <input {...p} name="version" value={version} onChange={(e) => setVersion(e.target.value)} required />}
        </Field>
        <Field label={t('packages.content')} hint={t('packages.contentHint')}>
          {(p) => (
            <textarea {...p} name="content" className="code-editor" rows={12} spellCheck={false} value={text ?? ''} onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
        {error?.code === 'BAD_PACKAGE' && 'reason' in error.details ? (
          <RefusalNote refusal={error.details as unknown as PackageRefusal} />
        ) : (
          <ErrorNote error={error} />
        )}
        <button type="submit" className="button button--primary">
          {t('packages.sign')}
        </button>
        {published && (
          <p className="note note--ok" role="status">
            {t('packages.done', { version: published })}
          </p>
        )}
      </form>
    </section>
  );
}
