// An address given as one line of text — the ID card's 住址 — as the address field holds it: the
// divisions its start names (province, city, district, from the same table the picker offers) and
// the rest as the street, so the picker shows the area and only the street is left to check.
import type { AddressValue } from './AddressField';
import { areaText, isGroupingLevel, type Division } from './divisions';

/** What a card can name at one level: a grouping level (湖北省-省直辖县级行政区划) is never written, so its children stand in its place, with it kept in their path for the picker. */
function namedAt(choices: readonly Division[], above: readonly Division[] = []): Division[][] {
  return choices.flatMap((division) => (isGroupingLevel(division) ? namedAt(division.children, [...above, division]) : [[...above, division]]));
}

/** The division the text starts with at this level, the longest name winning (市中区 over 市中), with any grouping level before it. */
function leadingDivision(choices: readonly Division[], text: string): Division[] | null {
  let best: Division[] | null = null;
  for (const path of namedAt(choices)) {
    const name = path.at(-1)!.name;
    if (text.startsWith(name) && name.length > (best?.at(-1)!.name.length ?? 0)) best = path;
  }
  return best;
}

/** The divisions the text starts with, as deep as they match, and the rest as the street; no division matched keeps the text whole as the street. */
export function addressFromText(table: readonly Division[], text: string): AddressValue {
  const whole = text.trim();
  const path: Division[] = [];
  let rest = whole;
  let choices: readonly Division[] = table;
  for (;;) {
    const found = leadingDivision(choices, rest);
    const named = found?.at(-1);
    if (!found || !named) break;
    path.push(...found);
    rest = rest.slice(named.name.length);
    choices = named.children;
  }
  const last = path.at(-1);
  return last ? { divisionCode: last.code, area: areaText(path), street: rest.trim() } : { divisionCode: '', area: '', street: whole };
}
