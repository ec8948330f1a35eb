// Where each of the app's own files lives under its root (the repo in development, the app folder
// when packaged): the migrations, the default terminal config, locales, rule tables and the font.
import { join } from 'node:path';

export const resourcePaths = (appRoot: string) => ({
  resources: join(appRoot, 'resources'),
  migrations: join(appRoot, 'main', 'services', 'storage', 'migrations'),
  defaultConfig: join(appRoot, 'resources', 'config', 'default-terminal.json'),
  locales: join(appRoot, 'resources', 'locales'),
  demoNotices: join(appRoot, 'resources', 'demo-court', 'fee-notices.json'),
  demoCases: join(appRoot, 'resources', 'demo-court', 'cases.json'),
  caseTypes: join(appRoot, 'resources', 'case-types', 'catalogue.json'),
  riskRuleSet: join(appRoot, 'resources', 'risk', 'rule-set.v1.json'),
  restDays: join(appRoot, 'resources', 'calendar', 'rest-days.json'),
  filingElements: join(appRoot, 'resources', 'filing', 'elements'),
  /** The sans face that has every character printed, and the Song face of court paper (resources/fonts/README.md). */
  receiptFonts: { sans: join(appRoot, 'resources', 'fonts', 'wqy-microhei.ttf'), song: join(appRoot, 'resources', 'fonts', 'gbsn00lp.ttf') },
});
