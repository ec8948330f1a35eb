// Binds the contract to Electron IPC: one ipcMain.handle per contract method, each refusing calls
// from any frame that is not our renderer, then validating and running the call like the web host.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { METHOD_NAMES, type KioskErrorShape } from '../../contract';
import { ipcChannel } from '../../contract/ipc-channel';
import { dispatch, type Log } from '../shared/dispatch';
import type { EventBus } from '../services/events';
import type { Handlers } from '../services/handler-table';
import { LITIGANT, type Caller } from '../services/staff/caller';
import { isAppUrl } from './security';

export type IsTrustedSender = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

export const FORBIDDEN_SENDER: KioskErrorShape = { code: 'FORBIDDEN_SENDER', messageKey: 'errors.http.forbidden' };

/**
 * Trusts a frame still showing our origin. The frame is null once it has navigated away or gone,
 * and a call from a frame we can no longer see is refused.
 */
export const senderIsApp =
  (appOrigin: string): IsTrustedSender =>
  ({ senderFrame }) =>
    senderFrame !== null && isAppUrl(senderFrame.url, appOrigin);

/** Turns the staff token a call carries (or none) into who is calling. */
export type ResolveCaller = (staffToken: string | undefined) => Promise<Caller>;

/** Without resolveCaller every call is a litigant's: no staff method can be reached by accident. */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: IsTrustedSender,
  log: Log,
  resolveCaller: ResolveCaller = async () => LITIGANT,
): void {
  for (const name of METHOD_NAMES) {
    // The preload sends the staff token, when it holds one, as the argument after the input.
    ipcMain.handle(ipcChannel(name), async (event, input: unknown, staffToken: unknown) => {
      if (!isTrustedSender(event)) {
        log('refused an IPC call from a foreign frame', { method: name, url: event.senderFrame?.url ?? null });
        return { ok: false, error: FORBIDDEN_SENDER };
      }
      return dispatch(handlers, name, input, log, await resolveCaller(typeof staffToken === 'string' ? staffToken : undefined));
    });
  }
}

/** Sends every main → renderer event on its contract channel; returns the unsubscribe function. */
export function forwardEvents(events: EventBus, webContents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return events.subscribe((event, payload) => {
    // Events keep coming while a closing window is torn down; sending then would throw.
    if (!webContents.isDestroyed()) webContents.send(ipcChannel(event), payload);
  });
}
