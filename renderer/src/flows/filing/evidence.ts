// The evidence list (证据清单): for each item its name, where it came from and what it proves. Its
// scanned pages live in main (evidence.*), keyed by the item's id, so the draft stays small.
import type { Evidence } from '../../../../contract';
import type { FieldErrors } from '../stepper/flow';

export type EvidenceList = Evidence[];

export const newEvidence = (): Evidence => ({ id: crypto.randomUUID(), name: '', source: '', purpose: '' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (record: Record<string, unknown>, key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');

export function evidenceFromDraft(saved: unknown): EvidenceList | null {
  if (!Array.isArray(saved)) return null;
  return saved.flatMap((entry): Evidence[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const record = entry as Record<string, unknown>;
    const id = text(record, 'id');
    return UUID.test(id) ? [{ id, name: text(record, 'name'), source: text(record, 'source'), purpose: text(record, 'purpose') }] : [];
  });
}

/** Evidence may follow later (it can be handed in at the window), but every item listed must say what it is and proves. */
export function validateEvidence(list: EvidenceList): FieldErrors {
  const errors: FieldErrors = {};
  list.forEach((item, index) => {
    if (item.name.trim() === '') errors[`${index}.name`] = 'evidence.errors.name';
    if (item.purpose.trim() === '') errors[`${index}.purpose`] = 'evidence.errors.purpose';
  });
  return errors;
}

/** The item moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const next = [...list];
  if (target < 0 || target >= list.length) return next;
  [next[index], next[target]] = [list[target] as T, list[index] as T];
  return next;
}
