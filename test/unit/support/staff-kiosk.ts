// A fresh kiosk for every test of a file, with the admin and helper h01 signed in (staffReady), and
// the calls such tests make: through the contract as someone, the value of a call that must
// succeed, the database's rows, and a print job's PDF as the printer got it.
import { afterEach, beforeEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput, PrintJob } from '../../../contract';
import { rowsIn } from './data-folder';
import { staffCalls } from './staff-calls';
import { manualClock, tempKiosk } from './temp-kiosk';

type TempKiosk = Awaited<ReturnType<typeof tempKiosk>>;
type ManualClock = ReturnType<typeof manualClock>;

/** Registers the hooks; what it returns reaches the kiosk of the test that is running. */
export function staffKioskPerTest(start = '2026-11-23T02:00:00.000Z') {
  let current: { kiosk: TempKiosk; clock: ManualClock; api: ReturnType<typeof staffCalls> } | undefined;
  const live = () => {
    if (!current) throw new Error('the kiosk exists only while a test runs');
    return current;
  };
  /** The tokens of this test's admin and helper, filled in before it starts. */
  const staff = { admin: '', helper: '' };
  beforeEach(async () => {
    const clock = manualClock(start);
    const kiosk = await tempKiosk({ clock });
    current = { kiosk, clock, api: staffCalls(kiosk) };
    Object.assign(staff, await current.api.staffReady());
  });
  afterEach(async () => {
    await current?.kiosk.dispose();
    current = undefined;
  });

  const call = <M extends MethodName>(method: M, input: MethodInput<M>, token?: string) => live().api.call(method, input, token);
  /** The value of a call that must succeed; a refusal fails the test with its code. */
  const value = async <M extends MethodName>(method: M, input: MethodInput<M>, token?: string): Promise<MethodOutput<M>> => {
    const reply = await call(method, input, token);
    if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
    return reply.value;
  };
  const query = <T>(sql: string, params: unknown[] = []) => rowsIn<T>(live().kiosk.dataDir, sql, params);
  /** Once the print queue is idle, so the job has been handed to the printer. */
  const printed = async (job: PrintJob): Promise<Uint8Array> => {
    await live().kiosk.printing.idle();
    const [row] = await query<{ pdf: Buffer }>('SELECT pdf FROM print_jobs WHERE id = ?', [job.id]);
    return new Uint8Array(row!.pdf);
  };
  return {
    staff,
    kiosk: () => live().kiosk,
    clock: () => live().clock,
    call,
    signIn: (pin: string, staffId: string) => live().api.signIn(pin, staffId),
    value,
    query,
    printed,
  };
}
