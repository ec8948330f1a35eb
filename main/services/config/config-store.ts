// The terminal's settings: defaults from resources/, the admin's changes in SQLite, validated
// whole before anything is written, so an invalid value changes nothing.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { TerminalConfig } from '../../../contract';
import type { Clock } from '../clock';
import { KioskError } from '../errors';
import type { EventBus } from '../events';
import type { Database } from '../storage/database';
import { upgradeConfig } from './config-upgrade';

export function loadDefaultConfig(file: string): TerminalConfig {
  const parsed = TerminalConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid terminal config: ${describe(parsed.error).field}: ${describe(parsed.error).problem}`);
  return parsed.data;
}

/**
 * The first problem: the field, zod's message, and its code and limits, so a screen can say it in
 * the admin's language ("at least 15") instead of showing zod's English.
 */
function describe(error: z.ZodError): { field: string; problem: string; code: string; origin?: string; minimum?: number; maximum?: number } {
  const issue = error.issues[0]!;
  return {
    field: issue.path.join('.') || '(whole config)',
    problem: issue.message,
    code: issue.code,
    ...('origin' in issue && typeof issue.origin === 'string' ? { origin: issue.origin } : {}),
    ...('minimum' in issue ? { minimum: Number(issue.minimum) } : {}),
    ...('maximum' in issue ? { maximum: Number(issue.maximum) } : {}),
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and values replace. */
function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const prev = out[key];
    out[key] = isPlainObject(prev) && isPlainObject(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

/** A rule the schema cannot express, owned by the service it concerns (e.g. fee ranges). */
export type ConfigCheck = (config: TerminalConfig) => { field: string; problem: string } | null;

export interface ConfigStoreDeps {
  db: Database;
  defaults: TerminalConfig;
  clock: Clock;
  events: EventBus;
  checks?: ConfigCheck[];
}

export class ConfigStore {
  private readonly db: Database;
  private readonly defaults: TerminalConfig;
  private readonly clock: Clock;
  private readonly events: EventBus;
  private readonly checks: ConfigCheck[];

  constructor({ db, defaults, clock, events, checks = [] }: ConfigStoreDeps) {
    this.db = db;
    this.defaults = defaults;
    this.clock = clock;
    this.events = events;
    this.checks = checks;
  }

  async get(): Promise<TerminalConfig> {
    const rows = await this.db.all<{ section: string; value: string }>('SELECT section, value FROM config');
    const stored = upgradeConfig(Object.fromEntries(rows.map((r) => [r.section, JSON.parse(r.value) as unknown])));
    const merged = { ...this.defaults, ...stored } as Record<string, unknown>;
    // A service added by a later version appears, as its default says, on terminals set up before it.
    if (isPlainObject(stored.services)) merged.services = { ...this.defaults.services, ...stored.services };
    const parsed = TerminalConfig.safeParse(merged);
    if (!parsed.success) throw new KioskError('CONFIG_CORRUPT', 'errors.config.corrupt', describe(parsed.error));
    return parsed.data;
  }

  async set(given: Record<string, unknown>): Promise<TerminalConfig> {
    // A file exported by an older version (cli config import) still imports.
    const patch = upgradeConfig(given);
    // Own keys only: "constructor" or "toString" is in every object, and is no setting.
    const unknown = Object.keys(patch).find((key) => !Object.hasOwn(this.defaults, key));
    if (unknown !== undefined) throw new KioskError('CONFIG_INVALID', 'errors.config.invalid', { field: unknown, problem: 'unknown setting' });
    const current = await this.get();
    const parsed = TerminalConfig.safeParse(deepMerge(current, patch));
    if (!parsed.success) throw new KioskError('CONFIG_INVALID', 'errors.config.invalid', describe(parsed.error));
    const next = parsed.data;
    for (const check of this.checks) {
      const problem = check(next);
      if (problem) throw new KioskError('CONFIG_INVALID', 'errors.config.invalid', problem);
    }
    const now = this.clock.now().toISOString();
    await this.db.transaction(async (tx) => {
      for (const section of Object.keys(patch) as (keyof TerminalConfig)[]) {
        await tx.run(
          'INSERT INTO config (section, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(section) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
          [section, JSON.stringify(next[section]), now],
        );
      }
    });
    this.events.emit('config.changed', next);
    return next;
  }
}
