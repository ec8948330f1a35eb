// Staff accounts and sign-in over the contract, and the helper guide printed from them.
import type { TerminalConfig } from '../../../contract';
import type { Clock } from '../clock';
import { handlerSet } from '../handler-table';
import type { PrintService } from '../printing/print-service';
import type { ReceiptService } from '../receipts/receipt-service';
import { actorOf, OPERATOR_CALL } from './caller';
import { helperGuideInput } from './helper-guide';
import type { StaffService } from './staff-service';

export interface StaffHandlerDeps {
  staff: StaffService;
  clock: Clock;
  config: () => Promise<TerminalConfig>;
  receipts: ReceiptService;
  printing: PrintService;
}

export const staffHandlers = ({ staff, clock, config, receipts, printing }: StaffHandlerDeps) =>
  handlerSet({
    'staff.roster': async () => ({ staff: await staff.roster() }),
    'staff.signIn': ({ pin, staffId }) => staff.signIn(pin, staffId),
    'staff.signOut': (_, { caller } = OPERATOR_CALL) => staff.signOut(caller),
    'staff.whoami': (_, { caller } = OPERATOR_CALL) => staff.whoami(caller),
    'staff.changePin': ({ currentPin, newPin }, { caller } = OPERATOR_CALL) => staff.changePin(caller, currentPin, newPin),
    'staff.list': async () => ({ accounts: await staff.list() }),
    'staff.add': (account, { caller } = OPERATOR_CALL) => staff.add(actorOf(caller), account),
    'staff.resetPin': ({ staffId, pin }, { caller } = OPERATOR_CALL) => staff.resetPin(actorOf(caller), staffId, pin),
    'staff.unlock': ({ staffId }, { caller } = OPERATOR_CALL) => staff.unlock(actorOf(caller), staffId),
    'staff.setEnabled': ({ staffId, enabled }, { caller } = OPERATOR_CALL) => staff.setEnabled(actorOf(caller), staffId, enabled),
    'print.helperGuide': async ({ language }) =>
      printing.submit(await receipts.render('helper-guide', helperGuideInput(await config(), await staff.list(), clock.now()), { language })),
  });
