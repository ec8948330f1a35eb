// The configuration terminals should run: settings per group, and per-terminal overrides on top,
// each a set of whole config sections. Every change is checked with the kiosk's own schema and rules
// against the kiosk's defaults before it is kept, and takes a new revision the terminals pull.
import { z } from 'zod';
import { TerminalConfig } from '../../contract';
import { HUB_SETTABLE_SECTIONS, type DesiredConfig } from '../../contract/hub-protocol';
import type { ConfigCheck } from '../../main/services/config/config-store';
import { HubError } from './hub-error';
import type { HubStore } from './store';

export const ConfigPatch = z.record(z.string(), z.unknown());
export type ConfigPatch = z.infer<typeof ConfigPatch>;
export const GroupName = z.string().regex(/^[\p{L}\p{N}_-]{1,40}$/u, 'letters, digits, _ and -');

export interface SectionChange {
  section: string;
  before: unknown;
  after: unknown;
}

/** Section by section, what a change would change. */
export function configDiff(before: ConfigPatch, after: ConfigPatch): SectionChange[] {
  const sections = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return sections
    .filter((s) => JSON.stringify(before[s]) !== JSON.stringify(after[s]))
    .map((section) => ({ section, before: before[section] ?? null, after: after[section] ?? null }));
}

export class DesiredConfigs {
  constructor(
    private readonly db: HubStore,
    private readonly now: () => Date,
    /** The kiosk's own defaults (resources/config/default-terminal.json) and its config rules. */
    private readonly defaults: TerminalConfig,
    private readonly checks: ConfigCheck[],
  ) {}

  /** Throws BAD_CONFIG naming the field when the sections, over the defaults, are not a valid terminal config. */
  validate(...layers: ConfigPatch[]): void {
    for (const layer of layers) {
      const stray = Object.keys(layer).find((k) => !(HUB_SETTABLE_SECTIONS as string[]).includes(k));
      if (stray !== undefined) throw new HubError(400, 'BAD_CONFIG', 'errors.badConfig', { field: stray, problem: 'not a setting the hub may set' });
    }
    const parsed = TerminalConfig.safeParse(Object.assign({}, this.defaults, ...layers));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new HubError(400, 'BAD_CONFIG', 'errors.badConfig', { field: issue.path.join('.'), problem: issue.message });
    }
    for (const check of this.checks) {
      const problem = check(parsed.data);
      if (problem) throw new HubError(400, 'BAD_CONFIG', 'errors.badConfig', problem);
    }
  }

  async groups(): Promise<{ group: string; patch: ConfigPatch; revision: number; updatedAt: string; updatedBy: string; terminals: number }[]> {
    const rows = await this.db.query<{
      group_name: string;
      patch: ConfigPatch | null;
      revision: number | null;
      updated_at: string | null;
      updated_by: string | null;
      terminals: number;
    }>(
      `SELECT g.group_name, c.patch, c.revision, c.updated_at, c.updated_by,
         (SELECT count(*)::int FROM terminals t WHERE t.group_name = g.group_name AND t.revoked_at IS NULL) AS terminals
       FROM (SELECT group_name FROM config_groups UNION SELECT group_name FROM terminals) g
       LEFT JOIN config_groups c ON c.group_name = g.group_name ORDER BY g.group_name`,
    );
    return rows.map((r) => ({
      group: r.group_name,
      patch: r.patch ?? {},
      revision: r.revision ?? 0,
      updatedAt: r.updated_at ?? '',
      updatedBy: r.updated_by ?? '',
      terminals: r.terminals,
    }));
  }

  async groupPatch(group: string): Promise<ConfigPatch> {
    const [row] = await this.db.query<{ patch: ConfigPatch }>('SELECT patch FROM config_groups WHERE group_name = $1', [group]);
    return row?.patch ?? {};
  }

  /** Rolls the sections out to every terminal of the group; what each terminal overrides stays its own. */
  async setGroup(group: string, patch: ConfigPatch, by: string): Promise<{ revision: number; changes: SectionChange[] }> {
    this.validate(patch);
    return this.db.transaction(async (tx) => {
      const [before] = await tx.query<{ patch: ConfigPatch }>('SELECT patch FROM config_groups WHERE group_name = $1 FOR UPDATE', [group]);
      const overrides = await tx.query<{ terminal_id: string; patch: ConfigPatch }>(
        'SELECT o.terminal_id, o.patch FROM config_overrides o JOIN terminals t ON t.id = o.terminal_id WHERE t.group_name = $1',
        [group],
      );
      // A group change that would make some terminal's own settings invalid is refused whole.
      for (const o of overrides) this.validate(patch, o.patch);
      const [row] = await tx.query<{ revision: number }>(
        `INSERT INTO config_groups (group_name, patch, revision, updated_at, updated_by) VALUES ($1, $2, nextval('config_revision'), $3, $4)
         ON CONFLICT (group_name) DO UPDATE SET patch = excluded.patch, revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by
         RETURNING revision`,
        [group, JSON.stringify(patch), this.now().toISOString(), by],
      );
      return { revision: row!.revision, changes: configDiff(before?.patch ?? {}, patch) };
    });
  }

  async setOverride(terminalId: string, patch: ConfigPatch, by: string): Promise<{ revision: number }> {
    const [terminal] = await this.db.query<{ group_name: string }>('SELECT group_name FROM terminals WHERE id = $1', [terminalId]);
    if (!terminal) throw new HubError(404, 'TERMINAL_NOT_FOUND', 'errors.terminalNotFound');
    this.validate(await this.groupPatch(terminal.group_name), patch);
    const [row] = await this.db.query<{ revision: number }>(
      `INSERT INTO config_overrides (terminal_id, patch, revision, updated_at, updated_by) VALUES ($1, $2, nextval('config_revision'), $3, $4)
       ON CONFLICT (terminal_id) DO UPDATE SET patch = excluded.patch, revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by
       RETURNING revision`,
      [terminalId, JSON.stringify(patch), this.now().toISOString(), by],
    );
    return { revision: row!.revision };
  }

  /** What this terminal should run: its group's sections with its own over them, and the newer revision. */
  async forTerminal(terminalId: string, group: string): Promise<DesiredConfig> {
    const [row] = await this.db.query<{
      group_patch: ConfigPatch | null;
      group_revision: number | null;
      own_patch: ConfigPatch | null;
      own_revision: number | null;
    }>(
      `SELECT g.patch AS group_patch, g.revision AS group_revision, o.patch AS own_patch, o.revision AS own_revision
       FROM (SELECT 1) one LEFT JOIN config_groups g ON g.group_name = $2 LEFT JOIN config_overrides o ON o.terminal_id = $1`,
      [terminalId, group],
    );
    return { version: Math.max(row?.group_revision ?? 0, row?.own_revision ?? 0), patch: { ...(row?.group_patch ?? {}), ...(row?.own_patch ?? {}) } };
  }
}
