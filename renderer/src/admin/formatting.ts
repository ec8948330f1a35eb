// Times on staff screens: in the court's time zone and the language on screen, whatever the
// terminal's own clock is set to, so a desk list and an export agree.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerminalConfig } from '../app/terminal-config';

export function useDateTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const { timeZone } = useTerminalConfig();
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language, {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    [i18n.language, timeZone],
  );
  return useCallback((iso: string) => format.format(new Date(iso)), [format]);
}

/** Today at the court, YYYY-MM-DD. */
export function courtToday(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
