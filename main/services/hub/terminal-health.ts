// What a heartbeat tells the hub about this terminal, read from the services that know it.
import { statfs } from 'node:fs/promises';
import type { AuditHead } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { PrinterRole } from '../printing/print-service';
import type { PrinterStatus } from '../printing/printer';
import type { Database } from '../storage/database';
import type { TerminalHealth } from './hub-link';

export interface HealthSources {
  db: Database;
  clock: Clock;
  dataDir: string;
  courtReachable: () => Promise<boolean>;
  printerStatus: (role: PrinterRole) => Promise<{ name: string | null; status: PrinterStatus }>;
  auditHead: () => Promise<AuditHead | null>;
}

const ROLES: PrinterRole[] = ['receipt', 'document'];

export async function terminalHealth(sources: HealthSources): Promise<TerminalHealth> {
  const outbox = await sources.db.get<{ depth: number; oldest: string | null }>(
    "SELECT count(*) AS depth, min(created_at) AS oldest FROM outbox WHERE state IN ('pending', 'sent')",
  );
  const printers = await Promise.all(
    ROLES.map(async (role) => {
      try {
        const { name, status } = await sources.printerStatus(role);
        return { role, name, state: status.ready ? ('ready' as const) : status.reason === 'paperOut' ? ('paperOut' as const) : ('error' as const) };
      } catch {
        return { role, name: null, state: 'offline' as const };
      }
    }),
  );
  const disk = await statfs(sources.dataDir);
  const head = await sources.auditHead();
  return {
    courtReachable: await sources.courtReachable(),
    outbox: {
      depth: outbox?.depth ?? 0,
      oldestAgeSeconds: outbox?.oldest ? Math.max(0, (sources.clock.now().getTime() - new Date(outbox.oldest).getTime()) / 1000) : null,
    },
    printers,
    diskFreeBytes: Number(disk.bavail) * Number(disk.bsize),
    auditHead: head ? { id: head.id, hash: head.hash } : null,
  };
}
