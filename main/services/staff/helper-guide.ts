// What the helper guide (receipts/documents/helper-guide.ts) prints for this terminal: its enabled
// services in the home screen's order, the staff time-out it really applies, and its enabled
// administrators to call. Numbered per terminal and court day, so a reprint of the day is the same paper.
import { SERVICE_IDS, type StaffAccount, type TerminalConfig } from '../../../contract';
import { courtDate } from '../clock';

/** The guide lists at most this many administrators: one page. */
const MAX_ADMINS = 3;

export function helperGuideInput(config: TerminalConfig, staff: StaffAccount[], now: Date) {
  return {
    guideNo: `${config.terminalId}-BB-${courtDate(now, config.timeZone).replaceAll('-', '')}`,
    services: SERVICE_IDS.filter((id) => config.services[id]),
    // As staff-service.ts lapses a staff session: half the litigant idle time.
    staffTimeoutSeconds: Math.round(config.idle.timeoutSeconds / 2),
    admins: staff
      .filter((s) => s.role === 'admin' && s.enabled)
      .slice(0, MAX_ADMINS)
      .map((s) => ({ name: s.name, staffId: s.staffId })),
  };
}
