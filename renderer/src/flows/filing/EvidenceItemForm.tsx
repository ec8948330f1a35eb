// One item of the evidence list: what it is, where it came from, what it proves, and its pages as
// thumbnails in order, each movable and removable with buttons big enough for a finger.
import { useTranslation } from 'react-i18next';
import type { Evidence, EvidencePage } from '../../../../contract';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import type { FieldErrors } from '../stepper/flow';
import { moveItem } from './evidence';

export interface EvidenceItemFormProps {
  index: number;
  item: Evidence;
  pages: EvidencePage[];
  busy: boolean;
  disabled: boolean;
  errors: FieldErrors;
  onChange(item: Evidence): void;
  onMove: ((by: -1 | 1) => void) | null;
  isFirst: boolean;
  isLast: boolean;
  onRemove(): void;
  onScan(source: 'scanner' | 'camera'): void;
  onRemovePage(pageId: string): void;
  onReorderPages(pageIds: string[]): void;
}

export function EvidenceItemForm(props: EvidenceItemFormProps) {
  const { index, item, pages, busy, disabled, errors, onChange, onMove, isFirst, isLast } = props;
  const { t } = useTranslation();
  const n = index + 1;
  const problem = (field: string) => (errors[`${index}.${field}`] ? t(errors[`${index}.${field}`] as string) : null);
  const movePage = (at: number, by: -1 | 1) => props.onReorderPages(moveItem(pages, at, by).map((page) => page.id));
  return (
    <fieldset className="evidence-item" data-evidence={index} aria-busy={busy || undefined}>
      <legend className="party-form__title">{t('evidence.item', { n })}</legend>
      <div className="party-form__grid">
        <TextField
          label={t('evidence.fields.name')}
          maxLength={200}
          value={item.name}
          error={problem('name')}
          onChange={(name) => onChange({ ...item, name })}
        />
        <TextField
          label={t('evidence.fields.source')}
          hint={t('evidence.fields.sourceHint')}
          maxLength={200}
          value={item.source}
          onChange={(source) => onChange({ ...item, source })}
        />
      </div>
      <TextField
        label={t('evidence.fields.purpose')}
        hint={t('evidence.fields.purposeHint')}
        rows={2}
        maxLength={500}
        value={item.purpose}
        error={problem('purpose')}
        onChange={(purpose) => onChange({ ...item, purpose })}
      />
      <div className="evidence-item__pages" role="list" aria-label={t('evidence.pages', { n, pageCount: pages.length })}>
        {pages.map((page, at) => (
          <div key={page.id} className="evidence-page" role="listitem">
            <img className="evidence-page__thumb" src={page.thumbnail} alt={t('evidence.page', { n: at + 1 })} />
            <div className="evidence-page__actions">
              {pages.length > 1 && (
                <>
                  <Button variant="secondary" disabled={disabled || at === 0} onClick={() => movePage(at, -1)}>
                    {t('evidence.earlier')}
                  </Button>
                  <Button variant="secondary" disabled={disabled || at === pages.length - 1} onClick={() => movePage(at, 1)}>
                    {t('evidence.later')}
                  </Button>
                </>
              )}
              <Button variant="quiet" disabled={disabled} onClick={() => props.onRemovePage(page.id)}>
                {t('evidence.removePage', { n: at + 1 })}
              </Button>
            </div>
          </div>
        ))}
      </div>
      <div className="evidence-item__actions">
        <Button variant="primary" busy={busy} disabled={disabled} onClick={() => props.onScan('scanner')}>
          {t('evidence.scan')}
        </Button>
        <Button variant="secondary" disabled={disabled} onClick={() => props.onScan('camera')}>
          {t('evidence.photo')}
        </Button>
        {onMove && (
          <>
            <Button variant="secondary" disabled={disabled || isFirst} onClick={() => onMove(-1)}>
              {t('evidence.up')}
            </Button>
            <Button variant="secondary" disabled={disabled || isLast} onClick={() => onMove(1)}>
              {t('evidence.down')}
            </Button>
          </>
        )}
        <Button variant="quiet" disabled={disabled} onClick={props.onRemove}>
          {t('evidence.remove', { n })}
        </Button>
      </div>
    </fieldset>
  );
}
