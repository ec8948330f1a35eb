// The Electron preload: installs window.kiosk over IPC, the same bridge preload/web.ts makes over
// HTTP. Sandboxed, so it may require only 'electron'; esbuild bundles the rest.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope, KioskBridge } from '../contract';
import { ipcChannel } from '../contract/ipc-channel';
import { staffTokenHolder } from './staff-token';

const staffToken = staffTokenHolder();

const kiosk = {
  // The staff token, when a helper or admin is signed in, rides as the argument after the input.
  invoke: async (method, input) => {
    const envelope = (await ipcRenderer.invoke(ipcChannel(method), input, staffToken.current())) as Envelope<never>;
    staffToken.observe(method, envelope);
    return envelope;
  },
  on: (event, listener) => {
    // The renderer gets the payload only: the IPC event object would hand it the sender.
    const relay = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(ipcChannel(event), relay);
    // `void`: removeListener returns ipcRenderer itself, which must never cross the bridge.
    return () => void ipcRenderer.removeListener(ipcChannel(event), relay);
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('kiosk', kiosk);
