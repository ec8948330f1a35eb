// The hub's composition root: one store, the signing key, and each part of the hub built on them.
// Hub processes hold no state of their own beyond this, so several can run behind a load balancer.
import { join } from 'node:path';
import { TerminalConfig } from '../../contract';
import { resourcePaths } from '../../main/services/resource-paths';
import { CaseTypeCatalogue } from '../../main/services/cases/catalogue';
import { loadDefaultConfig } from '../../main/services/config/config-store';
import { courtDirectoryProblem } from '../../main/services/court/court-directory';
import { provinceBaseProblem } from '../../main/services/fees/province-bases';
import { settingsCheck } from '../../main/services/hub/law-data';
import { Accounts } from './accounts';
import { CourtReceiver } from './court-receiver';
import { DataPackages, loadSigningKey, type SigningKey } from './data-packages';
import { DesiredConfigs } from './desired-config';
import { createEnrolmentCode, type CodePurpose } from './enrolment-codes';
import type { HubStore } from './store';
import { loadSecretKey, TerminalSecrets } from './terminal-secrets';
import { DEFAULT_ALERT_RULES, Terminals, type AlertRules } from './terminals';
import { UpdateFeed } from './update-feed';

export interface HubOptions {
  store: HubStore;
  /** The kiosk's files: its default config, case-type catalogue and config rules check what the hub sends. */
  appRoot: string;
  /** The Ed25519 key that signs law-data packages (made on first start). */
  signingKeyFile: string;
  /** The master key terminal secrets are sealed with (made 0600 on first start), unless secretKey is given. */
  secretKeyFile: string;
  /** The master key itself, from HUB_SECRET_KEY (64 hex digits or base64): production keeps it out of the data folder. */
  secretKey?: string;
  now?: () => Date;
  alertRules?: AlertRules;
}

export interface Hub {
  store: HubStore;
  signingKey: SigningKey;
  accounts: Accounts;
  terminals: Terminals;
  configs: DesiredConfigs;
  packages: DataPackages;
  court: CourtReceiver;
  updates: UpdateFeed;
  newEnrolmentCode(purpose: CodePurpose, placement: { site: string; group: string } | null): Promise<string>;
}

const CONFIG_CHECKS = [provinceBaseProblem, courtDirectoryProblem];

/** Builds the hub on a migrated store; terminal secrets still kept plain are sealed before it returns. */
export async function createHub(options: HubOptions): Promise<Hub> {
  const now = options.now ?? (() => new Date());
  const paths = resourcePaths(options.appRoot);
  const defaults = loadDefaultConfig(paths.defaultConfig);
  const signingKey = loadSigningKey(options.signingKeyFile);
  const secrets = new TerminalSecrets(loadSecretKey({ env: options.secretKey, file: options.secretKeyFile }));
  const { store } = options;
  const terminals = new Terminals(store, now, signingKey.publicKeyBase64, secrets, options.alertRules ?? DEFAULT_ALERT_RULES);
  await terminals.sealPlainSecrets();
  return {
    store,
    signingKey,
    accounts: new Accounts(store, now),
    terminals,
    configs: new DesiredConfigs(store, now, defaults, CONFIG_CHECKS),
    packages: new DataPackages(
      store,
      now,
      signingKey,
      new CaseTypeCatalogue(paths.caseTypes).types,
      settingsCheck(defaults, (c) => TerminalConfig.safeParse(c), CONFIG_CHECKS),
    ),
    court: new CourtReceiver(store, now, (terminalId) => terminals.auditWitness(terminalId)),
    updates: new UpdateFeed(store, now),
    newEnrolmentCode: (purpose, placement) => createEnrolmentCode(store, purpose, now(), placement),
  };
}

export const hubPaths = (dataDir: string) => ({
  pglite: join(dataDir, 'pglite'),
  signingKey: join(dataDir, 'signing-key.pem'),
  secretKey: join(dataDir, 'secret-key'),
});
