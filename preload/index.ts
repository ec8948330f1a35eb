// The Electron preload: installs window.kiosk over IPC, the same bridge preload/web.ts makes over
// HTTP. Sandboxed, so it may require only 'electron'; esbuild bundles the rest.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { KioskBridge } from './contract';
import { ipcChannel } from './ipc-channel';

const kiosk = {
  invoke: (method, input) => ipcRenderer.invoke(ipcChannel(method), input),
  on: (event, listener) => {
    // The renderer gets the payload only: the IPC event object would hand it the sender.
    const relay = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(ipcChannel(event), relay);
    // `void`: removeListener returns ipcRenderer itself, which must never cross the bridge.
    return () => void ipcRenderer.removeListener(ipcChannel(event), relay);
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('kiosk', kiosk);
