// Stands between a terminal and the hub and spoils the hub's answers as an unreliable network or
// gateway would: after the hub has booked, it drops the connection, hangs, answers 500 or garbage,
// answers a key twice or only in part. The faults are those of ../../support/flaky-court.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault } from '../../support/flaky-court';

export interface FlakyProxy {
  url: string;
  faults: () => Fault;
  /** How many answers to submissions were spoiled after the hub had booked them. */
  spoiled: number;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });

export async function startFlakyProxy(target: string): Promise<FlakyProxy> {
  const hanging = new Set<ServerResponse>();
  const proxy: FlakyProxy = { url: '', faults: () => 'none', spoiled: 0, close: async () => undefined };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await read(req);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith('x-') || k === 'content-type')) as Record<string, string>;
    const answer = await fetch(`${target}${req.url}`, { method: req.method!, headers, ...(req.method === 'GET' ? {} : { body }) });
    const text = await answer.text();
    const fault = answer.ok ? proxy.faults() : 'none';
    if (fault !== 'none' && fault !== 'slow' && req.url?.endsWith('/submissions')) proxy.spoiled++;
    if (fault === 'drop') return req.socket.destroy();
    if (fault === 'hang') return void hanging.add(res);
    if (fault === 'error500') return res.writeHead(500).end('{"error":"gateway"}');
    if (fault === 'garbage') return res.writeHead(200, { 'content-type': 'application/json' }).end(text.slice(0, text.length / 2));
    if (fault === 'slow') await new Promise((r) => setTimeout(r, 100));
    let out = text;
    if ((fault === 'ackTwice' || fault === 'partial') && req.url?.endsWith('/submissions')) {
      const { results } = JSON.parse(text) as { results: { key: string; courtRef?: string }[] };
      const spoiled =
        fault === 'partial' ? results.slice(0, Math.ceil(results.length / 2)) : [...results, ...results.map((r) => ({ ...r, courtRef: 'SECOND-ANSWER' }))];
      out = JSON.stringify({ results: spoiled });
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(out);
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
