// Saving one section of the console: config.set with that section's patch, and a refusal turned
// into a translated problem shown next to the field main named (details.field, e.g. idle.timeoutSeconds).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskErrorShape } from '../../../contract';
import { callKiosk, errorShapeOf } from '../kiosk';

export interface SectionSave {
  save(patch: Record<string, unknown>): Promise<boolean>;
  saving: boolean;
  saved: boolean;
  /** A refusal that names no field of this form, e.g. the court could not be reached. */
  error: KioskErrorShape | null;
  /** The problem with a field, by its path in the config ('idle', 'timeoutSeconds'), in the language on screen, or null. */
  problemAt(...path: (string | number)[]): string | null;
  /** Forget the last outcome once the admin edits again. */
  touch(): void;
}

/** CONFIG_INVALID's details: the field, zod's issue code and limits, and the English problem as a last resort. */
interface InvalidDetails {
  field: string;
  problem?: string;
  code?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
}

export function useSectionSave(fields: readonly string[]): SectionSave {
  const { t, i18n } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<KioskErrorShape | null>(null);
  const [invalid, setInvalid] = useState<InvalidDetails | null>(null);

  const save = useCallback(
    async (patch: Record<string, unknown>) => {
      setSaving(true);
      setSaved(false);
      setError(null);
      setInvalid(null);
      try {
        await callKiosk('config.set', { patch });
        setSaved(true);
        return true;
      } catch (err) {
        const shape = errorShapeOf(err);
        const details = shape.details as InvalidDetails | undefined;
        if (shape.code === 'CONFIG_INVALID' && details && fields.some((f) => details.field === f || details.field.startsWith(`${f}.`))) setInvalid(details);
        else setError(shape);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [fields],
  );

  const problemAt = (...path: (string | number)[]): string | null => {
    const field = path.join('.');
    if (!invalid || !(invalid.field === field || invalid.field.startsWith(`${field}.`))) return null;
    const specific = `admin.problems.${invalid.code ?? ''}_${invalid.origin ?? ''}`;
    if (invalid.code && i18n.exists(specific)) return t(specific, { minimum: invalid.minimum, maximum: invalid.maximum });
    if (invalid.code && i18n.exists(`admin.problems.${invalid.code}`))
      return t(`admin.problems.${invalid.code}`, { minimum: invalid.minimum, maximum: invalid.maximum });
    return t('admin.problems.other', { problem: invalid.problem ?? '' });
  };

  const touch = useCallback(() => {
    setSaved(false);
    setInvalid(null);
    setError(null);
  }, []);
  return { save, saving, saved, error, problemAt, touch };
}
