// What the filing steps fetch from main as they open: the case types, a type's elements, the courts,
// and the preview of the filing so far; each answers with the value, or the error and a retry.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseType, FilingCourt, FilingDraft, FilingElement, FilingPreview, KioskErrorShape } from '../../../../contract';
import { useKiosk } from '../../kiosk';
import type { FilingValues } from './filing-draft';
import { filingDraftOf } from './filing-draft';

export interface Loaded<T> {
  value: T | undefined;
  error: KioskErrorShape | null;
  retry(): void;
}

export function useCaseTypes(): Loaded<CaseType[]> {
  const call = useKiosk('catalogue.caseTypes');
  const { run } = call;
  useEffect(() => void run({}), [run]);
  return { value: call.value?.types, error: call.error, retry: () => void run({}) };
}

export function useElements(caseType: string): Loaded<{ caseType: string; version: string; elements: FilingElement[] }> {
  const call = useKiosk('filing.elements');
  const { run } = call;
  useEffect(() => {
    if (caseType) void run({ caseType });
  }, [run, caseType]);
  return { value: call.value?.caseType === caseType ? call.value : undefined, error: call.error, retry: () => void run({ caseType }) };
}

export function useCourts(): Loaded<FilingCourt[]> {
  const call = useKiosk('filing.courts');
  const { run } = call;
  useEffect(() => void run({}), [run]);
  return { value: call.value?.courts, error: call.error, retry: () => void run({}) };
}

/** Typing pauses this long before the filing is checked again, so a check is not a call per key. */
const PREVIEW_AFTER_MS = 400;

/** The value at a problem's path (parties.1.party.idNumber) in a draft. */
const valueAt = (draft: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), draft);

/**
 * The preview of the filing as it stands; asked again a moment after the filing changes. Until the
 * new answer comes, a problem of the last one stands only where the filing is still as it was: a
 * required answer just given must not show "请填写这一项" for the moment the check takes.
 */
export function usePreview(filing: FilingValues): Loaded<FilingPreview> {
  const call = useKiosk('filing.preview');
  const { run } = call;
  const draft = JSON.stringify(filingDraftOf(filing));
  const [checked, setChecked] = useState<{ draft: string; preview: FilingPreview } | null>(null);
  const check = useCallback(
    (asked: string) => void run(JSON.parse(asked) as FilingDraft).then((preview) => preview && setChecked({ draft: asked, preview })),
    [run],
  );
  useEffect(() => {
    const timer = window.setTimeout(() => check(draft), PREVIEW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [check, draft]);
  const value = useMemo(() => {
    if (!checked || checked.draft === draft) return checked?.preview;
    const [then, now] = [JSON.parse(checked.draft) as unknown, JSON.parse(draft) as unknown];
    const unchanged = (path: string) => JSON.stringify(valueAt(then, path)) === JSON.stringify(valueAt(now, path));
    return { ...checked.preview, problems: checked.preview.problems.filter((problem) => unchanged(problem.path)) };
  }, [checked, draft]);
  // A check that failed says so (and offers to try again) rather than leave an older answer standing.
  return { value: call.error ? undefined : value, error: call.error, retry: () => check(draft) };
}
