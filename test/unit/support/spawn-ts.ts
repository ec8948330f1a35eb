// Runs a TypeScript test program as ONE plain Node process: bundled once with esbuild, so that a
// start costs little (crash tests start dozens) and a SIGKILL kills the program itself — the tsx
// command line would leave its child running.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { REPO_ROOT } from './temp-kiosk';

const built = new Map<string, string>();

function bundle(file: string): string {
  let out = built.get(file);
  if (!out) {
    // Inside the repo, so that the native sqlite3 module it leaves out is found from there.
    out = join(REPO_ROOT, 'node_modules', '.cache', 'test-programs', basename(file).replace(/\.ts$/, '.cjs'));
    buildSync({ entryPoints: [file], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['sqlite3'], logLevel: 'error' });
    built.set(file, out);
  }
  return out;
}

export function spawnTs(file: string, args: string[], stdio: StdioOptions = 'ignore', env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [bundle(file), ...args], { stdio, env: { ...process.env, KIOSK_APP_ROOT: REPO_ROOT, ...env } });
}
