// Whether Electron's binary is installed: the postinstall that downloads it cannot run on our build
// machines, so the Electron tests skip there and say why.
import { resolve } from 'node:path';
import { installedElectronBinary } from '../../main/electron/installed-binary';

export const REPO_ROOT = resolve(__dirname, '../..');

/** Why the Electron tests cannot run here, or null when they can. */
export const electronMissing: string | null = installedElectronBinary(REPO_ROOT)
  ? null
  : 'Electron binary not installed (node_modules/electron/dist has no binary); install it with `node node_modules/electron/install.js` where the network allows';
