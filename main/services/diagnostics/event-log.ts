// The terminal's own log of problems nobody was waiting for (a failed print, an unreachable court,
// a bug), kept in the data folder so the admin console can show recent entries after a restart.
// One JSON object a line; the file is rotated once it is large, so it never fills the disk.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogEntry } from '../../../contract';
import type { Clock } from '../clock';

const FILE = 'kiosk.log';
/** About ten thousand entries; the previous file is kept as kiosk.log.1. */
const ROTATE_AT_BYTES = 2 * 1024 * 1024;

export interface EventLogDeps {
  folder: string;
  clock: Clock;
}

export class EventLog {
  private readonly file: string;

  private readonly folder: string;
  private readonly clock: Clock;

  constructor({ folder, clock }: EventLogDeps) {
    this.folder = folder;
    this.clock = clock;
    this.file = join(folder, FILE);
  }

  /** Never throws: a log that cannot be written must not take down what it was reporting on. */
  append(message: string, context?: Record<string, unknown>): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      if (existsSync(this.file) && statSync(this.file).size > ROTATE_AT_BYTES) renameSync(this.file, `${this.file}.1`);
      const entry: LogEntry = { at: this.clock.now().toISOString(), message, context: context ?? {} };
      appendFileSync(this.file, JSON.stringify(entry) + '\n', 'utf8');
    } catch {
      // Nothing better to do: the shell's own log (stderr) still gets the message.
    }
  }

  /** The newest entries first. */
  recent(limit: number): LogEntry[] {
    const lines = [`${this.file}.1`, this.file].flatMap((file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []));
    const entries: LogEntry[] = [];
    for (let i = lines.length - 1; i >= 0 && entries.length < limit; i--) {
      const entry = parseEntry(lines[i]!);
      if (entry) entries.push(entry);
    }
    return entries;
  }
}

/** A line cut short by a power failure is skipped, not fatal. */
function parseEntry(line: string): LogEntry | null {
  if (line.trim() === '') return null;
  try {
    const value = JSON.parse(line) as LogEntry;
    return typeof value.at === 'string' && typeof value.message === 'string' ? { at: value.at, message: value.message, context: value.context ?? {} } : null;
  } catch {
    return null;
  }
}
