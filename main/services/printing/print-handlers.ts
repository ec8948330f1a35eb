// The print queue as the helper desk sees it: its jobs, and printing one again.
import { handlerSet } from '../handler-table';
import type { PrintService } from './print-service';

export const printHandlers = ({ printing }: { printing: PrintService }) =>
  handlerSet({
    'print.jobs': async ({ filter }) => ({ jobs: await printing.jobs(filter) }),
    'print.reprint': ({ jobId }) => printing.reprint(jobId),
  });
