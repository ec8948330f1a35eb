// Software updates for electron-updater's generic provider: an admin uploads an installer and
// releases it to some groups first (staged rollout); each terminal's feed offers the newest release
// its group is in, as latest.yml with the installer's sha512 the updater checks.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { GroupName } from './desired-config';
import { badInput, HubError } from './hub-error';
import type { HubStore } from './store';

export const ReleaseRequest = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/, 'a version like 1.4.0'),
    fileName: z.string().regex(/^[A-Za-z0-9._-]{1,120}$/, 'a plain file name'),
    /** The installer, base64. */
    data: z.string().min(4),
    groups: z.array(GroupName).min(1),
  })
  .strict();

export class UpdateFeed {
  constructor(
    private readonly db: HubStore,
    private readonly now: () => Date,
  ) {}

  async release(raw: unknown): Promise<{ version: string; sha512: string; size: number }> {
    const parsed = ReleaseRequest.safeParse(raw);
    if (!parsed.success) throw badInput(parsed.error.issues[0]!.path.join('.'), parsed.error.issues[0]!.message);
    const { version, fileName, groups } = parsed.data;
    const data = Buffer.from(parsed.data.data, 'base64');
    const sha512 = createHash('sha512').update(data).digest('base64');
    const now = this.now().toISOString();
    await this.db.transaction(async (tx) => {
      const [taken] = await tx.query('SELECT 1 FROM update_releases WHERE version = $1', [version]);
      if (taken) throw new HubError(409, 'VERSION_EXISTS', 'errors.versionExists');
      await tx.query(
        'INSERT INTO update_artifacts (file_name, data, sha512, size, uploaded_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (file_name) DO NOTHING',
        [fileName, data, sha512, data.length, now],
      );
      const [artifact] = await tx.query<{ sha512: string }>('SELECT sha512 FROM update_artifacts WHERE file_name = $1', [fileName]);
      if (artifact!.sha512 !== sha512) throw new HubError(409, 'FILE_EXISTS', 'errors.fileExists');
      await tx.query('INSERT INTO update_releases (version, file_name, release_date, groups) VALUES ($1, $2, $3, $4)', [version, fileName, now, groups]);
    });
    return { version, sha512, size: data.length };
  }

  /** Widens (or narrows) who is offered a release: the next stage of the rollout. */
  async setGroups(version: string, groups: string[]): Promise<void> {
    const parsed = z.array(GroupName).min(1).safeParse(groups);
    if (!parsed.success) throw badInput('groups', parsed.error.issues[0]!.message);
    const rows = await this.db.query('UPDATE update_releases SET groups = $2 WHERE version = $1 RETURNING version', [version, parsed.data]);
    if (!rows.length) throw new HubError(404, 'RELEASE_NOT_FOUND', 'errors.releaseNotFound');
  }

  async releases(): Promise<{ version: string; fileName: string; releaseDate: string; groups: string[]; size: number }[]> {
    const rows = await this.db.query<{ version: string; file_name: string; release_date: string; groups: string[]; size: number }>(
      'SELECT r.version, r.file_name, r.release_date, r.groups, a.size FROM update_releases r JOIN update_artifacts a USING (file_name) ORDER BY r.release_date DESC',
    );
    return rows.map((r) => ({ version: r.version, fileName: r.file_name, releaseDate: r.release_date, groups: r.groups, size: Number(r.size) }));
  }

  /** latest.yml for a terminal of this group; null when no release is offered to it yet. */
  async latestYml(group: string): Promise<string | null> {
    const [row] = await this.db.query<{ version: string; file_name: string; release_date: string; sha512: string; size: number }>(
      'SELECT r.version, r.file_name, r.release_date, a.sha512, a.size FROM update_releases r JOIN update_artifacts a USING (file_name) WHERE $1 = ANY(r.groups) ORDER BY r.release_date DESC LIMIT 1',
      [group],
    );
    if (!row) return null;
    return [
      `version: ${row.version}`,
      'files:',
      `  - url: ${row.file_name}`,
      `    sha512: ${row.sha512}`,
      `    size: ${row.size}`,
      `path: ${row.file_name}`,
      `sha512: ${row.sha512}`,
      `releaseDate: '${row.release_date}'`,
      '',
    ].join('\n');
  }

  /** An installer, only to a terminal whose group it is released to. */
  async artifact(group: string, fileName: string): Promise<Buffer | null> {
    const [row] = await this.db.query<{ data: Uint8Array }>(
      'SELECT a.data FROM update_artifacts a JOIN update_releases r USING (file_name) WHERE a.file_name = $1 AND $2 = ANY(r.groups) LIMIT 1',
      [fileName, group],
    );
    return row ? Buffer.from(row.data) : null;
  }
}
