// Dates and amounts in running text, one rule for screens and papers alike: 2026年3月1日 and
// 50,000元 in Chinese, 1 March 2026 and ¥50,000 in English — thousands grouped, the unit once.
// Values stay strings (ISO dates, decimal yuan) so nothing is lost to time zones or floats.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-01" → 2026年3月1日 / 1 March 2026; anything else is returned as it came. */
export function proseDate(isoDate: string, language: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (language.startsWith('zh')) return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "50000" → 50,000元 / ¥50,000; "1500.5" keeps its decimals as given. */
export function proseYuan(yuan: string, language: string): string {
  const [whole = '0', fraction] = yuan.split('.');
  const grouped = fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
  return language.startsWith('zh') ? `${grouped}元` : `¥${grouped}`;
}
