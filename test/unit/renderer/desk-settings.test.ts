// The counter's calling screen keeps its window and services across reloads (issue 14), and what
// it reads back from the browser's storage is checked, never trusted.
import { describe, expect, it } from 'vitest';
import { DESK_SETTINGS_KEY, keepDeskSettings, readDeskSettings, type DeskSettings } from '../../../renderer/src/helper/desk/desk-settings';

const WINDOWS = ['1', '2', '3'];
const DEFAULTS: DeskSettings = { windowNo: '1', services: ['filing', 'fees', 'mediation', 'enquiry'] };

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('desk settings', () => {
  it('reads back what the desk kept', () => {
    const storage = memoryStorage();
    keepDeskSettings(storage, { windowNo: '3', services: ['mediation'] });
    expect(readDeskSettings(storage, DEFAULTS, WINDOWS)).toEqual({ windowNo: '3', services: ['mediation'] });
  });

  it.each([
    ['nothing kept', undefined, DEFAULTS],
    ['not JSON', '{window', DEFAULTS],
    ['another shape', '{"windowNo":3}', DEFAULTS],
    ['a service that is no more', '{"windowNo":"2","services":["filing","parking"]}', DEFAULTS],
    ['a window that was removed', '{"windowNo":"9","services":["fees"]}', { windowNo: '1', services: ['fees'] }],
  ])('falls back to the defaults for what does not fit: %s', (_, kept, expected) => {
    const storage = memoryStorage(kept === undefined ? {} : { [DESK_SETTINGS_KEY]: kept });
    expect(readDeskSettings(storage, DEFAULTS, WINDOWS)).toEqual(expected);
  });

  it('works without any storage (the kiosk’s own desk tab)', () => {
    keepDeskSettings(undefined, { windowNo: '2', services: [] });
    expect(readDeskSettings(undefined, DEFAULTS, WINDOWS)).toEqual(DEFAULTS);
  });
});
