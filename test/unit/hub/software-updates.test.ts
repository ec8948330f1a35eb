// Software updates: electron-updater's own generic provider, configured as the Electron shell
// configures it, reads the hub's feed for a terminal (no Electron binary needed for that part), and
// a downloaded update installs only when the terminal is idle and the centre is closed.
import { NodeHttpExecutor } from 'builder-util/out/nodeHttpExecutor';
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SoftwareUpdates, outsideOpeningHours, updaterFeed, type Updater, type UpdaterFeed } from '../../../main/services/hub/software-updates';
import type { HubIdentity } from '../../../main/services/hub/hub-identity';
import { manualClock } from '../support/temp-kiosk';
import { staffSession, startTempHub, type TempHub } from './support/temp-hub';

const WEEKDAYS = [{ days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30' }];

describe('the update feed as electron-updater reads it', () => {
  let h: TempHub;
  let identity: HubIdentity;
  beforeAll(async () => {
    h = await startTempHub('pglite');
    const staff = await staffSession(h);
    const reply = await h.hub.terminals.enrol({ code: await h.hub.newEnrolmentCode('terminal', { site: 'centre', group: 'pilot' }), terminalId: 'KIOSK-07' });
    identity = { ...reply, hubUrl: h.url };
    await staff('POST', '/api/updates', {
      version: '0.3.0',
      fileName: 'court-kiosk-0.3.0.AppImage',
      data: Buffer.from('installer 0.3.0').toString('base64'),
      groups: ['pilot'],
    });
  }, 60_000);
  afterAll(() => h.close());

  const provider = (feed: UpdaterFeed) => {
    const p = new GenericProvider(feed, { channel: null, isAddNoCacheQuery: false } as never, {
      executor: new NodeHttpExecutor() as never,
      isUseMultipleRangeRequest: false,
      platform: 'linux',
    });
    p.setRequestHeaders(feed.requestHeaders);
    return p;
  };

  it('finds the release staged for its group, with the installer it may download', async () => {
    const p = provider(updaterFeed(identity));
    const info = await p.getLatestVersion();
    expect(info.version).toBe('0.3.0');
    const [file] = p.resolveFiles(info);
    expect(file!.url.href).toBe(`${h.url}/updates/KIOSK-07/court-kiosk-0.3.0.AppImage`);
    const res = await fetch(file!.url, { headers: updaterFeed(identity).requestHeaders });
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('installer 0.3.0');
  });

  it('is refused without the terminal’s feed token', async () => {
    await expect(provider({ ...updaterFeed(identity), requestHeaders: { authorization: `Bearer ${'0'.repeat(64)}` } }).getLatestVersion()).rejects.toThrow(
      /401/,
    );
  });
});

describe('when a downloaded update installs', () => {
  it.each([
    // [Asia/Shanghai local time, weekday?, idle, installs]
    ['2026-12-07T10:00:00+08:00', 'a Monday morning, open', true, false],
    ['2026-12-07T20:00:00+08:00', 'a Monday evening, closed, a visit under way', false, false],
    ['2026-12-07T20:00:00+08:00', 'a Monday evening, closed and idle', true, true],
    ['2026-12-06T10:00:00+08:00', 'a Sunday morning, closed and idle', true, true],
  ] as const)('%s (%s): idle=%s → installs=%s', async (at, _what, idle, installs) => {
    const installed: string[] = [];
    let downloaded: ((info: { version: string }) => void) | undefined;
    const updater: Updater = {
      setFeedURL: () => undefined,
      requestHeaders: null,
      autoDownload: false,
      autoInstallOnAppQuit: true,
      checkForUpdates: async () => downloaded?.({ version: '0.3.0' }),
      quitAndInstall: () => void installed.push('0.3.0'),
      on: (_event, listener) => (downloaded = listener),
    };
    const updates = new SoftwareUpdates({
      updater,
      identity: () => ({
        terminalId: 'KIOSK-07',
        secret: 'a'.repeat(64),
        site: 's',
        group: 'pilot',
        dataPublicKey: 'k'.repeat(44),
        hubUrl: 'http://hub.example/',
      }),
      config: async () => ({ timeZone: 'Asia/Shanghai', openingHours: WEEKDAYS }),
      idle: async () => idle,
      clock: manualClock(new Date(at).toISOString()),
      log: () => undefined,
    });
    await updates.check();
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.requestHeaders).toEqual({ authorization: expect.stringMatching(/^Bearer [0-9a-f]{64}$/) });
    expect(await updates.installIfQuiet()).toBe(installs);
    expect(installed).toEqual(installs ? ['0.3.0'] : []);
  });

  it('treats a site with no opening hours (24-hour self-service) as always closed', () => {
    expect(outsideOpeningHours(new Date('2026-12-07T10:00:00+08:00'), 'Asia/Shanghai', [])).toBe(true);
    expect(outsideOpeningHours(new Date('2026-12-07T09:29:00Z'), 'Asia/Shanghai', WEEKDAYS)).toBe(false); // 17:29 local
    expect(outsideOpeningHours(new Date('2026-12-07T09:30:00Z'), 'Asia/Shanghai', WEEKDAYS)).toBe(true); // 17:30 local
  });
});
