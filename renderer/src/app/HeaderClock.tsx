// Today's date and the time in the header, in the language on screen and the court's time zone
// (the papers print the court's time, so the screen must not show the machine's); ticks on the minute.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerminalConfig } from './terminal-config';

function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setTimeout(() => setNow(new Date()), 60_000 - (now.getTime() % 60_000));
    return () => clearTimeout(timer);
  }, [now]);
  return now;
}

export function HeaderClock() {
  const { i18n } = useTranslation();
  const { timeZone } = useTerminalConfig();
  const now = useMinute();
  const date = new Intl.DateTimeFormat(i18n.language, { timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(now);
  const time = new Intl.DateTimeFormat(i18n.language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return (
    <time className="header-clock" dateTime={now.toISOString()}>
      <span className="header-clock__time">{time}</span>
      <span className="header-clock__date">{date}</span>
    </time>
  );
}
