// A court on 127.0.0.1 speaking the protocol of main/services/court/README.md (the audit witness
// included), which can be told to fail (500), be slow, never answer, drop the connection, answer a
// key twice or only in part.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'none' | 'error500' | 'slow' | 'hang' | 'drop' | 'ackTwice' | 'partial' | 'garbage';

/** A fixed-seed mix of every fault; hangs are rare (at most three) because each costs a timeout. */
export function seededFaultMix(seed = 7): () => Fault {
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  let hangs = 0;
  return () => {
    const r = random();
    if (r < 0.1) return 'error500';
    if (r < 0.2) return 'drop';
    if (r < 0.3) return 'ackTwice';
    if (r < 0.4) return 'partial';
    if (r < 0.45) return 'slow';
    if (r < 0.5) return 'garbage';
    if (r < 0.52 && hangs < 3) return (hangs++, 'hang');
    return 'none';
  };
}

interface Booking {
  courtRef: string;
  receiptNo: string;
  kind: string;
  payload: unknown;
}

export interface FlakyCourt {
  url: string;
  /** Every key the court has booked, with what it was booked as. */
  bookings: Map<string, Booking>;
  /** How often each key arrived (retries of an answered key included). */
  arrivals: Map<string, number>;
  requests: number;
  /** The court's cases for GET cases/status, each with the ID numbers of its parties. */
  cases: { partyIdNumbers: string[]; status: Record<string, unknown> & { caseNumber: string } }[];
  /** The newest audit head each terminal (by x-terminal-id) sent with a submission: the court's witness. */
  witnesses: Map<string, { id: number; hash: string; receivedAt: string }>;
  /** The acceptance fee the court puts on the notice it issues each plaintiff of a filing it books. */
  filingFeeFen: number;
  /** Decides the fault for each request; the default answers properly. */
  faults: () => Fault;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });

interface FiledParty {
  role: string;
  party: { name: string; idNumber?: string | null };
}

/** The notice the court issued a plaintiff when it booked the filing with this receipt number; paid once a payment for it is booked. */
function filingNotice(court: FlakyCourt, receiptNo: string | null, idNumber: string | null) {
  const filing = [...court.bookings.values()].find((b) => b.kind === 'filing' && b.receiptNo === receiptNo);
  const payer = (filing?.payload as { parties?: FiledParty[] } | undefined)?.parties?.find((p) => p.role === 'plaintiff' && p.party.idNumber === idNumber);
  if (!filing || !payer) return null;
  const noticeNo = `${filing.courtRef}-JF`;
  const paid = [...court.bookings.values()].some((b) => b.kind === 'payment' && (b.payload as { noticeNo: string }).noticeNo === noticeNo);
  const items = [{ kind: 'property', label: { 'zh-CN': '案件受理费', en: 'Case acceptance fee' }, amountFen: court.filingFeeFen }];
  return { noticeNo, caseNumber: filing.courtRef, payerName: payer.party.name, items, totalFen: court.filingFeeFen, dueDate: '2026-12-31', paid };
}

export async function startFlakyCourt(): Promise<FlakyCourt> {
  const open = new Set<ServerResponse>();
  const court: FlakyCourt = {
    url: '',
    bookings: new Map(),
    arrivals: new Map(),
    witnesses: new Map(),
    cases: [],
    filingFeeFen: 52_500,
    requests: 0,
    faults: () => 'none',
    close: async () => undefined,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    court.requests++;
    const fault = court.faults();
    const body = await read(req);
    if (fault === 'drop') return req.socket.destroy();
    if (fault === 'hang') return void open.add(res);
    if (fault === 'error500') return res.writeHead(500).end('{"error":"busy"}');
    if (fault === 'garbage') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"results": [ {"key": 1');
    if (fault === 'slow') await new Promise((r) => setTimeout(r, 100));
    if (req.method === 'GET' && req.url?.includes('/cases/status?')) {
      const query = new URL(req.url, 'http://court').searchParams;
      const found = court.cases.find((c) => c.status.caseNumber === query.get('caseNumber') && c.partyIdNumbers.includes(query.get('partyIdNumber') ?? ''));
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ case: found?.status ?? null }));
    }
    if (req.method === 'GET' && req.url?.includes('/fee-notices?receiptNo=')) {
      const query = new URL(req.url, 'http://court').searchParams;
      return res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ notice: filingNotice(court, query.get('receiptNo'), query.get('payerIdNumber')) }));
    }
    const terminalId = String(req.headers['x-terminal-id']);
    if (req.method === 'GET' && req.url?.endsWith('/audit-witness')) {
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ witness: court.witnesses.get(terminalId) ?? null }));
    }
    if (req.method !== 'POST' || !req.url?.endsWith('/submissions')) return res.writeHead(404).end();
    const { submissions } = JSON.parse(body) as {
      submissions: { key: string; kind: string; receiptNo: string; payload: unknown; auditHead: { id: number; hash: string } | null }[];
    };
    const results = submissions.map((s) => {
      const witness = court.witnesses.get(terminalId);
      if (s.auditHead && s.auditHead.id > (witness?.id ?? 0)) court.witnesses.set(terminalId, { ...s.auditHead, receivedAt: new Date().toISOString() });
      court.arrivals.set(s.key, (court.arrivals.get(s.key) ?? 0) + 1);
      if (!court.bookings.has(s.key))
        court.bookings.set(s.key, { courtRef: `REF-${court.bookings.size + 1}`, receiptNo: s.receiptNo, kind: s.kind, payload: s.payload });
      return { key: s.key, status: 'accepted', courtRef: court.bookings.get(s.key)!.courtRef };
    });
    const answered =
      fault === 'partial'
        ? results.slice(0, Math.ceil(results.length / 2))
        : fault === 'ackTwice'
          ? [...results, ...results.map((r) => ({ ...r, courtRef: 'SECOND-ANSWER' }))]
          : results;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: answered }));
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  court.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/court/v1`;
  court.close = () =>
    new Promise<void>((resolve) => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return court;
}
