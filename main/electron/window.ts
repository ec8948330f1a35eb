// The kiosk window's options as data, so a unit test can hold every security flag in place.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { TerminalConfig } from '../../contract';

export interface WindowPaths {
  /** The bundled preload, build/preload/index.js. */
  preload: string;
}

/** What shows before the first paint, so a restarting renderer never flashes white on a dark room. */
const BACKGROUND = '#1f2937';

export function kioskWindowOptions(config: Pick<TerminalConfig, 'kioskMode'>, paths: WindowPaths): BrowserWindowConstructorOptions {
  const kiosk = config.kioskMode;
  return {
    // Kiosk mode covers the screen and hides the window controls; outside it (admin, development)
    // an ordinary window at the terminal's 1080p resolution.
    ...(kiosk ? { kiosk: true, fullscreen: true, frame: false } : { width: 1920, height: 1080 }),
    autoHideMenuBar: true,
    backgroundColor: BACKGROUND,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A dropped file would navigate the window away from the app.
      navigateOnDragDrop: false,
      devTools: !kiosk,
    },
  };
}
