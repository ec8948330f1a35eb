// The helper desk: a litigant's call for help, and what the helper sees and settles.
import type { TerminalConfig } from '../../../contract';
import { handlerSet } from '../handler-table';
import type { HelperCalls } from './helper-calls';
import type { HelperDesk } from './helper-desk';

export interface HelperDeskHandlerDeps {
  helperCalls: HelperCalls;
  helperDesk: HelperDesk;
  config: () => Promise<TerminalConfig>;
}

export const helperDeskHandlers = ({ helperCalls, helperDesk, config }: HelperDeskHandlerDeps) =>
  handlerSet({
    'helper.call': async () => helperCalls.call((await config()).terminalId),
    'desk.overview': () => helperDesk.overview(),
    'desk.reconcile': ({ paymentId }) => helperDesk.reconcile(paymentId),
  });
