// The provisioning CLI as a script runs it: a real process over one data folder.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './temp-kiosk';

/** Its exit code and what it printed; a non-zero exit is an answer to check, not a failure. */
export async function runCli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
  try {
    const { stdout } = await promisify(execFile)(tsx, [join(REPO_ROOT, 'main/cli.ts'), ...args], { env: { ...process.env, KIOSK_DATA_DIR: dataDir } });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}
