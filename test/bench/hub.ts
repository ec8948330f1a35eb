// Hub part of `npm run bench`: the hub in its own process (as `npm run hub` runs it), first on PGlite,
// then on a throwaway PostgreSQL server; 1,000 enrolled terminals heartbeating every 10 s and 10,000
// submissions (batches of 10, a tenth of them sent twice, as a terminal retries) arriving meanwhile.
// Measures heartbeat and submission latency as the terminals see it, throughput, and the hub
// process's CPU and memory from /proc; checks no submission is lost or booked twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { signedHeaders } from '../../main/services/hub/request-signature';
import { startTempPostgres } from '../unit/support/temp-postgres';

const TERMINALS = 1_000;
const BEAT_EVERY_MS = 10_000;
const WINDOW_MS = 30_000;
const SUBMISSIONS = 10_000;
const BATCH = 10;
const CLOCK_TICKS = 100; // USER_HZ on Linux

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The hub process's CPU seconds so far and resident memory now. */
function processUsage(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuSeconds: (Number(stat[11]) + Number(stat[12])) / CLOCK_TICKS, rssMb: rssKb / 1024 };
}

async function startHubProcess(root: string, env: Record<string, string>): Promise<{ url: string; adminCode: string; child: ChildProcess; hubPid: number }> {
  const port = await freePort();
  // node with tsx's loader, not the tsx wrapper, so the pid measured is the hub's own.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub/server/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, HUB_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const adminCode = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const code = /first-admin enrolment code[^:]*: (\S+)/.exec(out)?.[1];
      if (code) resolve(code);
    });
    child.on('exit', (c) => reject(new Error(`hub exited with ${c}: ${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, adminCode, child, hubPid: child.pid! };
}

async function json(url: string, init: RequestInit & { cookie?: string } = {}): Promise<{ status: number; body: unknown; cookie: string | null }> {
  const res = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.headers as Record<string, string>) },
  });
  return { status: res.status, body: await res.json().catch(() => null), cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null };
}

interface StoreResult {
  store: string;
  beats: number[];
  submits: number[];
  failures: number;
  requests: number;
  seconds: number;
  cpuPercent: number;
  rssMb: number;
  booked: number;
}

async function runAgainst(root: string, store: string, env: Record<string, string>): Promise<StoreResult> {
  const hub = await startHubProcess(root, env);
  try {
    await json(`${hub.url}/api/accounts/enrol`, {
      method: 'POST',
      body: JSON.stringify({ code: hub.adminCode, account: 'bench', password: 'bench password 1' }),
    });
    const { cookie } = await json(`${hub.url}/api/sign-in`, { method: 'POST', body: JSON.stringify({ account: 'bench', password: 'bench password 1' }) });
    const terminals: { terminalId: string; secret: string }[] = [];
    for (let i = 0; i < TERMINALS; i += 50) {
      terminals.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(50, TERMINALS - i) }, async (_, j) => {
            const { code } = (
              await json(`${hub.url}/api/enrolment-codes`, {
                method: 'POST',
                cookie: cookie!,
                body: JSON.stringify({ purpose: 'terminal', site: `site-${(i + j) % 83}`, group: 'villages' }),
              })
            ).body as { code: string };
            return (await json(`${hub.url}/terminal/v1/enrol`, { method: 'POST', body: JSON.stringify({ code, terminalId: `T-${i + j}` }) })).body as {
              terminalId: string;
              secret: string;
            };
          }),
        )),
      );
    }
    const signed = async (who: { terminalId: string; secret: string }, path: string, body: unknown, times: number[]) => {
      const text = JSON.stringify(body);
      const start = performance.now();
      try {
        const res = await fetch(`${hub.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signedHeaders(who, 'POST', path, text, new Date()) },
          body: text,
        });
        await res.arrayBuffer();
        times.push(performance.now() - start);
        return res.ok;
      } catch {
        // Counted as a failure; a real terminal would send the same keys again later.
        return false;
      }
    };
    const beats: number[] = [];
    const submits: number[] = [];
    let failures = 0;
    const before = processUsage(hub.hubPid);
    let peakRss = before.rssMb;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, processUsage(hub.hubPid).rssMb)), 500);
    const started = performance.now();
    const inFlight: Promise<unknown>[] = [];
    // Each terminal beats every 10 s at its own offset: an even 100 heartbeats a second.
    for (let round = 0; round < WINDOW_MS / BEAT_EVERY_MS; round++) {
      terminals.forEach((t, i) => {
        const at = round * BEAT_EVERY_MS + (i * BEAT_EVERY_MS) / TERMINALS;
        inFlight.push(
          sleep(at).then(async () => {
            const beat = {
              softwareVersion: '0.1.0',
              courtReachable: true,
              outbox: { depth: i % 7, oldestAgeSeconds: i % 7 ? 12 : null },
              printers: [{ role: 'receipt', name: 'TM-T88', state: i % 97 === 0 ? 'paperOut' : 'ready' }],
              diskFreeBytes: 2 ** 34,
              configVersion: 0,
              dataVersion: null,
              auditHead: { id: 100 + round, hash: (round % 10).toString().repeat(64) },
            };
            if (!(await signed(t, '/terminal/v1/heartbeat', beat, beats))) failures++;
          }),
        );
      });
    }
    // Submissions spread over the same window, in batches as the outbox sends them; every tenth batch again.
    const batches = SUBMISSIONS / BATCH;
    for (let b = 0; b < batches; b++) {
      const who = terminals[b % TERMINALS]!;
      const batch = {
        submissions: Array.from({ length: BATCH }, (_, k) => ({
          key: `bench-${b * BATCH + k}`,
          kind: 'filing',
          receiptNo: `${who.terminalId}-${b * BATCH + k}`,
          createdAt: new Date().toISOString(),
          payload: { n: b * BATCH + k, name: '张建国' },
          auditHead: null,
        })),
      };
      inFlight.push(
        sleep((b * WINDOW_MS) / batches).then(async () => {
          // As the outbox does: a batch not answered is sent again, with the same keys, until it is.
          const deliver = async () => {
            while (!(await signed(who, '/court/v1/submissions', batch, submits))) {
              failures++;
              await sleep(1000);
            }
          };
          await deliver();
          if (b % 10 === 0) await deliver();
        }),
      );
    }
    await Promise.all(inFlight);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = processUsage(hub.hubPid);
    const exported = await fetch(`${hub.url}/api/submissions/export?format=json&from=2000-01-01&to=2999-01-01`, { headers: { cookie: cookie! } });
    const rows = (await exported.json()) as { key: string }[];
    const booked = new Set(rows.map((r) => r.key)).size === rows.length ? rows.length : -1;
    return {
      store,
      beats: beats.sort((a, b) => a - b),
      submits: submits.sort((a, b) => a - b),
      failures,
      requests: beats.length + submits.length,
      seconds,
      cpuPercent: ((after.cpuSeconds - before.cpuSeconds) / seconds) * 100,
      rssMb: Math.max(peakRss, after.rssMb),
      booked,
    };
  } finally {
    hub.child.kill('SIGTERM');
    await new Promise((r) => hub.child.once('exit', r));
  }
}

export async function hubBench(root: string): Promise<{ table: string }> {
  const load = loadavg()[0]!;
  const results: StoreResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  try {
    results.push(await runAgainst(root, 'PGlite', { HUB_DATA_DIR: join(dir, 'pglite') }));
    const pg = await startTempPostgres();
    try {
      results.push(await runAgainst(root, 'PostgreSQL 15', { HUB_DATA_DIR: join(dir, 'pg'), HUB_DATABASE_URL: pg.url }));
    } finally {
      await pg.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const f = (n: number) => `${n.toFixed(1)} ms`;
  const rows = results.map(
    (r) =>
      `| ${r.store} | ${f(percentile(r.beats, 50))} | ${f(percentile(r.beats, 99))} | ${f(percentile(r.submits, 50))} | ${f(percentile(r.submits, 99))} | ${(r.requests / r.seconds).toFixed(0)}/s | ${r.cpuPercent.toFixed(0)}% | ${r.rssMb.toFixed(0)} MB | ${r.failures} | ${r.booked === SUBMISSIONS ? `${r.booked} ✔` : `${r.booked} ✘`} |`,
  );
  return {
    table: [
      `${TERMINALS} terminals beating every ${BEAT_EVERY_MS / 1000} s for ${WINDOW_MS / 1000} s; ${SUBMISSIONS} submissions in batches of ${BATCH}, every tenth batch sent twice, an unanswered batch sent again. Load average when it started: ${load.toFixed(1)}.`,
      '',
      '| store | heartbeat p50 | heartbeat p99 | submit batch p50 | submit batch p99 | requests | hub CPU | hub RSS peak | failed (retried) | booked, each once |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
    ].join('\n'),
  };
}
