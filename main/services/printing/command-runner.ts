// Runs a system command (lp, lpstat, cancel) for the CUPS adapter; injected so tests can fake it
// and so a hung command is killed instead of hanging the print queue.
import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type CommandRunner = (command: string, args: string[], options?: { input?: Uint8Array; signal?: AbortSignal }) => Promise<CommandResult>;

/** The real runner; `env` carries CUPS_SERVER when the kiosk talks to a non-default cupsd. */
export function spawnRunner(env: NodeJS.ProcessEnv = process.env): CommandRunner {
  return (command, args, options = {}) =>
    new Promise((resolve) => {
      const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'], ...(options.signal ? { signal: options.signal } : {}) });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // A missing binary or an abort arrives here; both read as a failed command, not a crash.
      child.on('error', (err) => resolve({ code: null, stdout, stderr: stderr + err.message }));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input ? Buffer.from(options.input) : undefined);
    });
}
