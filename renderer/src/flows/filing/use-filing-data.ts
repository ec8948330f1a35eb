// What the filing steps fetch from main as they open: the case types, a type's elements, the courts,
// and the preview of the filing so far; each answers with the value, or the error and a retry.
import { useEffect } from 'react';
import type { CaseType, FilingCourt, FilingElement, FilingPreview, KioskErrorShape } from '../../../../contract';
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

/** The preview of the filing as it stands; asked again a moment after the filing changes. */
export function usePreview(filing: FilingValues): Loaded<FilingPreview> {
  const call = useKiosk('filing.preview');
  const { run } = call;
  const draft = JSON.stringify(filingDraftOf(filing));
  useEffect(() => {
    const timer = window.setTimeout(() => void run(JSON.parse(draft) as ReturnType<typeof filingDraftOf>), PREVIEW_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [run, draft]);
  return { value: call.value, error: call.error, retry: () => void run(JSON.parse(draft) as ReturnType<typeof filingDraftOf>) };
}
