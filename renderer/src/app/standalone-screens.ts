// Screens that run on their own, outside any litigant's visit, chosen by the page's address:
// ?screen=display for the waiting-area TV, ?screen=helper-queue at the helper desk. A query, not a
// hash, because the browser shell's launch token travels in the hash and is taken out of it.
import type { ComponentType } from 'react';
import { WaitingDisplay } from '../display/WaitingDisplay';
import { QueueDesk } from '../helper/desk/QueueDesk';

const STANDALONE_SCREENS: Record<string, ComponentType> = {
  display: WaitingDisplay,
  'helper-queue': QueueDesk,
};

/** The screen a ?screen=… address asks for, or null for the litigant's kiosk. */
export const standaloneScreenOf = (search: string): ComponentType | null => STANDALONE_SCREENS[new URLSearchParams(search).get('screen') ?? ''] ?? null;
