// The catalogue's dispute types and the organisations for one of them, fetched from main when a
// step opens; each hook answers with the list, or the error to show and a retry.
import { useEffect } from 'react';
import type { CaseType, KioskErrorShape, MediationOrganisation } from '../../../../contract';
import { useKiosk } from '../../kiosk';

export interface Loaded<T> {
  items: T[] | undefined;
  error: KioskErrorShape | null;
  retry(): void;
}

export function useCaseTypes(): Loaded<CaseType> {
  const call = useKiosk('catalogue.caseTypes');
  const { run } = call;
  useEffect(() => {
    void run({});
  }, [run]);
  return { items: call.value?.types, error: call.error, retry: () => void run({}) };
}

export function useOrganisations(caseType: string): Loaded<MediationOrganisation> {
  const call = useKiosk('mediation.organisations');
  const { run } = call;
  useEffect(() => {
    if (caseType) void run({ caseType });
  }, [run, caseType]);
  return { items: call.value?.organisations, error: call.error, retry: () => void run({ caseType }) };
}
