// "Call a helper": a litigant at this terminal needs a person; the helper desk lists open calls.
import type { Clock } from '../clock';
import type { Database } from '../storage/database';

export interface HelperCallsDeps {
  db: Database;
  clock: Clock;
}

export class HelperCalls {
  private readonly db: Database;
  private readonly clock: Clock;

  constructor({ db, clock }: HelperCallsDeps) {
    this.db = db;
    this.clock = clock;
  }

  async call(terminalId: string): Promise<{ callId: number; calledAt: string }> {
    const calledAt = this.clock.now().toISOString();
    const { lastID } = await this.db.run('INSERT INTO helper_calls (terminal_id, called_at) VALUES (?, ?)', [terminalId, calledAt]);
    return { callId: lastID, calledAt };
  }
}
