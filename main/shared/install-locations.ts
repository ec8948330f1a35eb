// Where the app's own files and the terminal's data live, for the shells that run in plain Node.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The folder holding our package.json: the repo in development, the app folder when packaged. */
export function findAppRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'court-kiosk') return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find the court-kiosk package above ${from}`);
  }
}

export const appVersion = (appRoot: string): string => (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** KIOSK_DATA_DIR, else the OS's per-user data folder (what Electron's userData would be). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.KIOSK_DATA_DIR) return env.KIOSK_DATA_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'court-kiosk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'court-kiosk');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'court-kiosk');
}
