// Figures across the fleet for the console's charts: submissions per day and kind, per terminal,
// and how many terminals are well, alerting or silent.
import type { HubStore } from './store';

export interface FleetStatistics {
  perDay: { day: string; kind: string; count: number }[];
  perTerminal: { terminalId: string; count: number }[];
  terminals: { total: number; withAlerts: number; revoked: number };
}

export async function fleetStatistics(db: HubStore, from: string, to: string): Promise<FleetStatistics> {
  const perDay = await db.query<{ day: string; kind: string; count: number }>(
    `SELECT to_char(received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, kind, count(*)::int AS count
     FROM court_submissions WHERE received_at >= $1 AND received_at < $2 GROUP BY 1, 2 ORDER BY 1, 2`,
    [from, to],
  );
  const perTerminal = await db.query<{ terminalId: string; count: number }>(
    `SELECT terminal_id AS "terminalId", count(*)::int AS count FROM court_submissions WHERE received_at >= $1 AND received_at < $2 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`,
    [from, to],
  );
  const [terminals] = await db.query<FleetStatistics['terminals']>(
    `SELECT count(*)::int AS total,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.terminal_id = t.id AND a.cleared_at IS NULL))::int AS "withAlerts",
       count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked
     FROM terminals t`,
  );
  return { perDay, perTerminal, terminals: terminals! };
}
