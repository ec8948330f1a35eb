// Personal data is kept only as long as the retention setting says after the court has taken it
// (docs/DESIGN.md §4): the outbox keeps the receipt number and the court's reference, and drops the payload.
import type { Clock } from '../clock';
import type { Database } from '../storage/database';

export async function purgeDelivered(db: Database, clock: Clock, retentionDays: number): Promise<number> {
  const now = clock.now();
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  // A refusal is settled too: its payload (bank card, phone) has no purpose left once the retention runs out.
  const { changes } = await db.run(
    "UPDATE outbox SET payload = NULL, purged_at = ? WHERE state IN ('acknowledged', 'rejected') AND payload IS NOT NULL AND settled_at <= ?",
    [now.toISOString(), cutoff],
  );
  return changes;
}
