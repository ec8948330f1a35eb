// Which window a counter's calling screen calls to, and for which services. It belongs to the
// device at that counter, not to whoever signs in there and not to any litigant, so the stand-alone
// desk page keeps it in its own browser storage (localStorage: it outlives a reload or a restart of
// the browser, and holds nothing personal). What is read back is checked like any other input.
import { z } from 'zod';
import { TicketService } from '../../../../contract';

export interface DeskSettings {
  windowNo: string;
  services: TicketService[];
}

/** Where the stand-alone desk page keeps its settings. */
export const DESK_SETTINGS_KEY = 'kiosk.queueDesk';

const Stored = z.object({ windowNo: z.string(), services: z.array(TicketService) });

const keptIn = (storage: Pick<Storage, 'getItem'> | undefined): z.infer<typeof Stored> | undefined => {
  try {
    return Stored.safeParse(JSON.parse(storage?.getItem(DESK_SETTINGS_KEY) ?? 'null')).data;
  } catch {
    return undefined;
  }
};

/** The settings this device kept, or the defaults when there are none or they no longer fit (a window that was removed). */
export function readDeskSettings(storage: Pick<Storage, 'getItem'> | undefined, defaults: DeskSettings, windows: readonly string[]): DeskSettings {
  const kept = keptIn(storage);
  if (!kept) return defaults;
  return {
    windowNo: windows.includes(kept.windowNo) ? kept.windowNo : defaults.windowNo,
    services: TicketService.options.filter((s) => kept.services.includes(s)),
  };
}

export function keepDeskSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: DeskSettings): void {
  try {
    storage?.setItem(DESK_SETTINGS_KEY, JSON.stringify(settings));
  } catch (err) {
    // Storage full or switched off: the desk still works, it just starts from window 1 next time.
    console.error('the desk settings were not kept', err);
  }
}
