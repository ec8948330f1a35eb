// IPC channel names, kept apart from the contract's schemas so the sandboxed preload can name
// channels without bundling zod (the contract's top-level schema calls cannot be tree-shaken).
import type { EventName, MethodName } from './index';

/** The IPC channel for a method or event; the only place channel names are made. */
export const ipcChannel = (name: MethodName | EventName): string => `kiosk:${name}`;
