// Composition root: builds every service from the data folder and the app's own files, and maps
// each contract method to the service that answers it. Both shells (Electron, browser) use this.
import { join } from 'node:path';
import type { z } from 'zod';
import type { MethodName, MethodOutput, Methods } from '../../preload/contract';
import { systemClock, type Clock } from './clock';
import { ConfigStore, loadDefaultConfig } from './config/config-store';
import { createCourtGateway } from './court/court-gateway';
import { EventBus } from './events';
import { parseFeeRequest, quoteFee } from './fees/fee-calculator';
import { provinceBaseProblem } from './fees/province-bases';
import { smallClaimsEligibility } from './fees/small-claims';
import { HelperCalls } from './queue/helper-calls';
import { SessionService } from './session/session-service';
import { openStorage } from './storage/open-storage';

export interface KioskOptions {
  /** Where the database and everything the terminal keeps live. */
  dataDir: string;
  /** The app's own files: resources/ and the SQL migrations. */
  appRoot: string;
  shell: 'electron' | 'browser';
  version: string;
  clock?: Clock;
}

export type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => Promise<MethodOutput<M>>;
};

export interface Kiosk {
  handlers: Handlers;
  events: EventBus;
  close(): Promise<void>;
}

export const appPaths = (appRoot: string) => ({
  resources: join(appRoot, 'resources'),
  migrations: join(appRoot, 'main', 'services', 'storage', 'migrations'),
  defaultConfig: join(appRoot, 'resources', 'config', 'default-terminal.json'),
  locales: join(appRoot, 'resources', 'locales'),
});

export async function createKiosk(options: KioskOptions): Promise<Kiosk> {
  const clock = options.clock ?? systemClock;
  const paths = appPaths(options.appRoot);
  const defaults = loadDefaultConfig(paths.defaultConfig);
  const db = await openStorage(options.dataDir, paths.migrations, clock);
  const events = new EventBus();
  const config = new ConfigStore(db, defaults, clock, events, [provinceBaseProblem]);
  const sessions = new SessionService(db, clock);
  const helperCalls = new HelperCalls(db, clock);

  const handlers: Handlers = {
    'app.info': async () => ({
      name: 'court-kiosk',
      version: options.version,
      shell: options.shell,
      court: createCourtGateway((await config.get()).courtEndpoint).kind,
    }),
    'config.get': () => config.get(),
    'config.set': ({ patch }) => config.set(patch),
    'session.start': ({ language }) => sessions.start(language),
    'session.reset': () => sessions.reset(),
    'draft.save': ({ flow, data }) => sessions.saveDraft(flow, data),
    'draft.load': ({ flow }) => sessions.loadDraft(flow),
    'fees.quote': async (input) => quoteFee(parseFeeRequest(input), (await config.get()).fees.bases),
    'fees.smallClaims': async ({ amount, exclusions }) => smallClaimsEligibility(amount, (await config.get()).fees.averageWage, exclusions),
    'helper.call': async () => helperCalls.call((await config.get()).terminalId),
  };

  return { handlers, events, close: () => db.close() };
}
