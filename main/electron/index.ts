// Electron entry: one instance, one hardened kiosk window over the shared services, a renderer
// restarted when it dies. The logic lives in the modules wired together here.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { TerminalConfig } from '../../contract';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { appVersion, defaultDataDir, findAppRoot } from '../shared/install-locations';
import type { Log } from '../shared/dispatch';
import { PreventDisplaySleepService } from './display-sleep';
import { bindIpc, forwardEvents, senderIsApp } from './ipc';
import { guardWebContents, hardenSession } from './security';
import { systemClock } from '../services/clock';
import { SoftwareUpdates } from '../services/hub/software-updates';
import { createKiosk } from '../services/kiosk';
import { kioskWindowOptions } from './window';
import { WindowGuard } from './window-guard';
import { watchChildProcesses } from './crash-budget';

const log: Log = (message, context) => console.error(message, context ?? '');
/** How often an enrolled terminal asks its hub for a release, and looks for a quiet moment to install one. */
const UPDATE_CHECK_EVERY_MS = 15 * 60_000;

// Both shells keep the terminal's data in the same folder (KIOSK_DATA_DIR, else the OS's per-user
// folder), so changing shells never strands a database; Chromium's own profile goes in a subfolder
// instead of beside kiosk.db. Set before the single-instance lock, which lives in the profile.
const dataDir = defaultDataDir();
app.setPath('userData', join(dataDir, 'electron-profile'));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

async function start(): Promise<void> {
  const appRoot = findAppRoot();
  // Leaving kiosk mode needs the window, which needs the kiosk's config first; bound once both exist.
  let leaveKioskMode = async (): Promise<boolean> => false;
  const shellControl = {
    leaveKioskMode: () => leaveKioskMode(),
    // After the reply: the admin's screen hears "done" before the window goes.
    quit: async () => (setImmediate(() => app.quit()), true),
  };
  const kiosk = await createKiosk({ dataDir, appRoot, shell: 'electron', version: appVersion(appRoot), log, shellControl });
  let kioskMode = (await kiosk.handlers['config.get']({})).kioskMode;

  // The default menu's accelerators include Quit, Reload and Toggle DevTools.
  Menu.setApplicationMenu(null);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { appOrigin: APP_ORIGIN, isKioskMode: () => kioskMode, log }));
  hardenSession(session.defaultSession, log);
  registerAppProtocol(protocol, join(appRoot, 'build', 'renderer'));
  bindIpc(ipcMain, kiosk.handlers, senderIsApp(APP_ORIGIN), log, (token) => kiosk.staff.resolve(token));

  // A quit, not an exit: will-quit below still lets the services settle before the new app starts.
  const relaunch = () => {
    app.relaunch();
    app.quit();
  };
  watchChildProcesses(app, { log, relaunch });
  const window = new BrowserWindow(kioskWindowOptions({ kioskMode }, { preload: join(appRoot, 'build', 'preload', 'index.js') }));
  const guard = new WindowGuard(window, { entryUrl: APP_ENTRY_URL, kioskMode, log, relaunch });
  const displaySleep = new PreventDisplaySleepService(powerSaveBlocker);
  displaySleep.setEnabled(kioskMode);
  // Until the next start or the next config change: the kioskMode setting itself is left as it is.
  leaveKioskMode = async () => {
    kioskMode = false;
    guard.setKioskMode(false);
    displaySleep.setEnabled(false);
    return true;
  };
  forwardEvents(kiosk.events, window.webContents);
  kiosk.events.subscribe((event, payload) => {
    if (event !== 'config.changed') return;
    kioskMode = (payload as TerminalConfig).kioskMode;
    guard.setKioskMode(kioskMode);
    displaySleep.setEnabled(kioskMode);
  });

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('before-quit', () => guard.allowClose());
  app.on('window-all-closed', () => app.quit());
  // Quit waits for the services, so a payment in flight is settled and the database closed cleanly.
  let servicesClosed = false;
  app.on('will-quit', (event) => {
    if (servicesClosed) return;
    event.preventDefault();
    servicesClosed = true;
    kiosk
      .close()
      .catch((err: unknown) => log('closing the services failed', { error: String(err) }))
      .finally(() => app.quit());
  });

  const updates = new SoftwareUpdates({
    updater: autoUpdater,
    identity: () => kiosk.hub.identity(),
    config: () => kiosk.handlers['config.get']({}),
    idle: () => kiosk.isIdle(),
    clock: systemClock,
    log,
  });
  setInterval(() => {
    updates
      .check()
      .then(() => updates.installIfQuiet())
      .catch((err: unknown) => log('software update check failed', { error: String(err) }));
  }, UPDATE_CHECK_EVERY_MS).unref();

  window.loadURL(APP_ENTRY_URL).catch((err: unknown) => log('loading the renderer failed', { error: String(err) }));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      log('the kiosk failed to start', { error: err instanceof Error ? err.stack : String(err) });
      app.exit(1);
    });
}
