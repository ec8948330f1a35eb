// Whether Electron's binary is installed: the postinstall that downloads it cannot run on our build
// machines, so the Electron tests skip there and say why.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');

/** Why the Electron tests cannot run here, or null when they can. */
export const electronMissing: string | null = existsSync(join(REPO_ROOT, 'node_modules', 'electron', 'dist'))
  ? null
  : 'Electron binary not installed: node_modules/electron/dist missing; install it with `node node_modules/electron/install.js` where the network allows';
