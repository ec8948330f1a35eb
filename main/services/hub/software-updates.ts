// Software updates from the court's hub through electron-updater's generic provider: the feed is
// the hub's per-terminal folder (hub/server/update-feed.ts), read with a token derived from the
// terminal's secret. A downloaded update installs only when nobody is using the terminal and the
// centre is closed, so a litigant is never cut off mid-filing by a restart.
import type { OutgoingHttpHeaders } from 'node:http';
import type { TerminalConfig } from '../../../contract';
import type { Clock } from '../clock';
import type { HubIdentity } from './hub-identity';
import { updateFeedToken } from './request-signature';

/** The part of electron-updater's AppUpdater this uses (the Electron shell passes `autoUpdater`). */
export interface Updater {
  setFeedURL(options: UpdaterFeed): void;
  requestHeaders: OutgoingHttpHeaders | null;
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
}

export interface UpdaterFeed {
  provider: 'generic';
  url: string;
  /** The hub serves whole files, not byte ranges. */
  useMultipleRangeRequest: false;
  requestHeaders: Record<string, string>;
}

/** The generic provider's options for this terminal's feed at the hub. */
export function updaterFeed(identity: HubIdentity): UpdaterFeed {
  const base = identity.hubUrl.endsWith('/') ? identity.hubUrl : `${identity.hubUrl}/`;
  return {
    provider: 'generic',
    url: new URL(`updates/${encodeURIComponent(identity.terminalId)}/`, base).toString(),
    useMultipleRangeRequest: false,
    requestHeaders: { authorization: `Bearer ${updateFeedToken(identity.secret)}` },
  };
}

/** Is `at` outside every opening period, in the court's time zone? */
export function outsideOpeningHours(at: Date, timeZone: string, hours: TerminalConfig['openingHours']): boolean {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!);
  const time = `${parts.hour}:${parts.minute}`;
  return !hours.some((h) => h.days.includes(day) && h.from <= time && time < h.to);
}

export interface SoftwareUpdatesDeps {
  updater: Updater;
  identity: () => HubIdentity | null;
  config: () => Promise<Pick<TerminalConfig, 'timeZone' | 'openingHours'>>;
  /** Nobody at the screen: no visit under way, no paper printing. */
  idle: () => Promise<boolean>;
  clock: Clock;
  log: (message: string, context?: Record<string, unknown>) => void;
}

export class SoftwareUpdates {
  private downloaded: string | null = null;
  private configured = false;

  constructor(private readonly deps: SoftwareUpdatesDeps) {
    deps.updater.on('update-downloaded', (info) => {
      this.downloaded = info.version;
      deps.log('software update downloaded; installs when idle and closed', { version: info.version });
    });
  }

  /** Points the updater at the hub (once enrolled) and asks for a newer release. */
  async check(): Promise<void> {
    const identity = this.deps.identity();
    if (!identity) return;
    if (!this.configured) {
      const feed = updaterFeed(identity);
      this.deps.updater.setFeedURL(feed);
      this.deps.updater.requestHeaders = feed.requestHeaders;
      this.deps.updater.autoDownload = true;
      // Quitting for any other reason must not install behind the court's back.
      this.deps.updater.autoInstallOnAppQuit = false;
      this.configured = true;
    }
    await this.deps.updater.checkForUpdates();
  }

  /** Installs a downloaded update if now is a moment no litigant can be cut off; true when it did. */
  async installIfQuiet(): Promise<boolean> {
    if (this.downloaded === null) return false;
    const { timeZone, openingHours } = await this.deps.config();
    if (!outsideOpeningHours(this.deps.clock.now(), timeZone, openingHours) || !(await this.deps.idle())) return false;
    this.deps.log('installing software update', { version: this.downloaded });
    this.deps.updater.quitAndInstall(true, true);
    return true;
  }
}
