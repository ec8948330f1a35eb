// Filing, step 6 — the evidence list: for each item its name, where it came from and what it
// proves, and its pages scanned on the document scanner (or the camera, for what does not lie
// flat), shown as thumbnails to reorder or delete. Pages are kept by main, within its limits.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence, EvidencePages, KioskErrorShape } from '../../../../contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { callKiosk, errorShapeOf } from '../../kiosk';
import type { StepProps } from '../stepper/flow';
import { moveItem, newEvidence, type EvidenceList } from './evidence';
import { EvidenceItemForm } from './EvidenceItemForm';
import { filingValuesOf } from './filing-draft';
import { useCaseTypes } from './use-filing-data';

export function EvidenceStep({ value, onChange, errors, values }: StepProps<EvidenceList>) {
  const { t } = useTranslation();
  const caseType = filingValuesOf(values).caseType;
  const types = useCaseTypes();
  const suggestions = types.value?.find((type) => type.id === caseType)?.evidence ?? [];
  const [pages, setPages] = useState<EvidencePages | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<KioskErrorShape | null>(null);

  useEffect(() => {
    callKiosk('evidence.pages', {}).then(setPages, (err: unknown) => setError(errorShapeOf(err)));
  }, []);

  /** One page operation at a time; what main answers is the new state of every page. */
  const act = async (itemId: string, operation: () => Promise<EvidencePages>) => {
    setBusy(itemId);
    setError(null);
    try {
      setPages(await operation());
    } catch (err) {
      setError(errorShapeOf(err));
    } finally {
      setBusy(null);
    }
  };
  const scan = (item: Evidence, source: 'scanner' | 'camera') =>
    act(item.id, async () => {
      const scanned = await callKiosk('devices.scan', { source });
      let latest = pages;
      for (const page of scanned.pages) latest = await callKiosk('evidence.addPage', { evidenceId: item.id, scanId: page.scanId });
      return latest ?? callKiosk('evidence.pages', {});
    });
  const removeItem = (item: Evidence) =>
    act(item.id, async () => {
      let latest = pages;
      for (const page of pages?.pages.filter((p) => p.evidenceId === item.id) ?? []) latest = await callKiosk('evidence.removePage', { pageId: page.id });
      onChange(value.filter((other) => other.id !== item.id));
      return latest ?? callKiosk('evidence.pages', {});
    });
  const add = (name: string) => onChange([...value, { ...newEvidence(), name }]);
  const listed = new Set(value.map((item) => item.name));

  return (
    <div className="step-body filing evidence">
      <p className="step-body__hint">{t('evidence.hint')}</p>
      {pages && (
        <p className="evidence__limits" data-pages-used={pages.used.pages}>
          {t('evidence.limits', {
            used: pages.used.pages,
            total: pages.limits.pagesTotal,
            perItem: pages.limits.pagesPerItem,
          })}
        </p>
      )}
      <ErrorBanner error={error} />
      {value.map((item, index) => (
        <EvidenceItemForm
          key={item.id}
          index={index}
          item={item}
          pages={pages?.pages.filter((page) => page.evidenceId === item.id) ?? []}
          busy={busy === item.id}
          disabled={busy !== null}
          errors={errors}
          onChange={(next) => onChange(value.map((other) => (other.id === item.id ? next : other)))}
          onMove={index > 0 || index < value.length - 1 ? (by) => onChange(moveItem(value, index, by)) : null}
          isFirst={index === 0}
          isLast={index === value.length - 1}
          onRemove={() => void removeItem(item)}
          onScan={(source) => void scan(item, source)}
          onRemovePage={(pageId) => void act(item.id, () => callKiosk('evidence.removePage', { pageId }))}
          onReorderPages={(pageIds) => void act(item.id, () => callKiosk('evidence.reorder', { evidenceId: item.id, pageIds }))}
        />
      ))}
      <div className="evidence__add">
        <p className="filing__note">{t(value.length === 0 ? 'evidence.none' : 'evidence.addMore')}</p>
        <div className="evidence__suggestions">
          {suggestions
            .filter((key) => !listed.has(t(`catalogue.evidence.${key}`)))
            .map((key) => (
              <Button key={key} variant="secondary" onClick={() => add(t(`catalogue.evidence.${key}`))}>
                {t('evidence.addNamed', { name: t(`catalogue.evidence.${key}`) })}
              </Button>
            ))}
          <Button variant="secondary" onClick={() => add('')}>
            {t('evidence.addOther')}
          </Button>
        </div>
      </div>
    </div>
  );
}
