// A private CUPS scheduler for the printing tests: its own config, spool and socket in a temp
// folder, and a cups-pdf queue writing into that folder. Needs root (cupsd, /etc/cups) and the
// cups, cups-client, cups-bsd and printer-driver-cups-pdf packages that .ci/run installs.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnRunner, type CommandRunner } from '../../../main/services/printing/command-runner';
import { tempDir } from './temp-kiosk';

const PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';

export interface PrivateCups {
  run: CommandRunner;
  /** Where cups-pdf writes what the queue printed. */
  outDir: string;
  queue: string;
  stop(): Promise<void>;
}

export async function startPrivateCups(queue = 'KioskTest'): Promise<PrivateCups> {
  const root = tempDir('kiosk-cups-');
  const dir = root.dir;
  for (const sub of ['spool', 'cache', 'state', 'log', 'run', 'out']) mkdirSync(join(dir, sub));
  mkdirSync(join(dir, 'tmp'));
  // cupsd drops to user lp for filters: they must be able to reach and write these.
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'tmp'), 0o1777);
  chmodSync(join(dir, 'out'), 0o1777);
  const socket = join(dir, 'run', 'cups.sock');
  writeFileSync(
    join(dir, 'cupsd.conf'),
    `Listen ${socket}\nLogLevel warn\nErrorPolicy stop-printer\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n`,
  );
  writeFileSync(
    join(dir, 'cups-files.conf'),
    [
      `ServerRoot ${dir}`,
      `RequestRoot ${dir}/spool`,
      `CacheDir ${dir}/cache`,
      `StateDir ${dir}/state`,
      `TempDir ${dir}/tmp`,
      `ErrorLog ${dir}/log/error_log`,
      `AccessLog ${dir}/log/access_log`,
      `PageLog ${dir}/log/page_log`,
      'User lp',
      'Group lp',
      'SystemGroup root lpadmin',
    ].join('\n') + '\n',
  );
  // cups-pdf reads /etc/cups/cups-pdf-<name>.conf for a cups-pdf:/<name> device: the only way to
  // point its output at our folder without touching the system's own cups-pdf.conf.
  const confName = `kiosk-${process.pid}`;
  const cupsPdfConf = `/etc/cups/cups-pdf-${confName}.conf`;
  writeFileSync(cupsPdfConf, `Out ${dir}/out\nAnonDirName ${dir}/out\n`);

  const daemon: ChildProcess = spawn('cupsd', ['-f', '-c', join(dir, 'cupsd.conf'), '-s', join(dir, 'cups-files.conf')], { stdio: 'ignore' });
  const run = spawnRunner({ ...process.env, CUPS_SERVER: socket });
  const stop = async () => {
    if (daemon.exitCode === null) {
      const exited = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await exited;
    }
    rmSync(cupsPdfConf, { force: true });
    root.remove();
  };
  try {
    await until(async () => existsSync(socket) && (await run('lpstat', ['-r'])).stdout.includes('is running'), 10_000, 'cupsd did not start');
    // pdftocairo keeps the PDF's text layer through the PostScript step cups-pdf needs, so the
    // printed file can be read back; the default renderer (Ghostscript) drops it.
    const added = await run('lpadmin', ['-p', queue, '-v', `cups-pdf:/${confName}`, '-P', PPD, '-o', 'pdftops-renderer-default=pdftocairo', '-E']);
    if (added.code !== 0) throw new Error(`lpadmin: ${added.stderr}`);
  } catch (err) {
    await stop();
    throw err;
  }
  return { run, outDir: join(dir, 'out'), queue, stop };
}

/** Polls `check` until it holds; a state to wait for, not a sleep. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
