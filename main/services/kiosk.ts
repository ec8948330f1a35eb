// Composition root: builds every service from the data folder and the app's own files, and joins
// the domains' handler sets (each beside its service) into the contract's one handler table. Both
// shells (Electron, browser) use this; no handler logic lives here.
import { join } from 'node:path';
import { appHandlers, type ShellControl } from './app-handlers';
import { auditStaffCalls } from './audit/audit-calls';
import { auditHandlers } from './audit/audit-handlers';
import { AUDIT_ANCHOR_FILE, AuditLog, auditHead } from './audit/audit-log';
import { loadRestDays } from './calendar/rest-days';
import { caseHandlers } from './cases/case-handlers';
import { CaseProgress } from './cases/case-progress';
import { CaseTypeCatalogue } from './cases/catalogue';
import { loadLprSeries } from './cases/lpr-series';
import { systemClock, type Clock } from './clock';
import { auditedConfigChange, configHandlers } from './config/config-handlers';
import { ConfigStore, loadDefaultConfig } from './config/config-store';
import { courtDirectoryProblem } from './court/court-directory';
import { courtFor } from './court/configured-court';
import { DemoCourt } from './court/demo-court';
import { deviceHandlers } from './devices/device-handlers';
import { IdCardReaderSimulator } from './devices/id-card-reader-simulator';
import { PaymentTerminalSimulator } from './devices/payment-terminal-simulator';
import { ScannerSimulator } from './devices/scanner-simulator';
import { diagnosticHandlers } from './diagnostics/diagnostic-handlers';
import { EventLog } from './diagnostics/event-log';
import { DomainEvents } from './domain-events';
import { EventBus } from './events';
import { FeeApplications } from './fees/fee-applications';
import { feeHandlers } from './fees/fee-handlers';
import { FeePapers } from './fees/fee-papers';
import { filingFeeItems } from './fees/filing-fee';
import { PaymentService } from './fees/payment-service';
import { provinceBaseProblem } from './fees/province-bases';
import { ElementSets } from './filing/element-sets';
import { EvidenceStore } from './filing/evidence-store';
import { FilingDrafts, openSessionId } from './filing/filing-drafts';
import { filingHandlers } from './filing/filing-handlers';
import { FilingService } from './filing/filing-service';
import { combineHandlers, type Handlers } from './handler-table';
import { HelperCalls } from './helper-desk/helper-calls';
import { HelperDesk } from './helper-desk/helper-desk';
import { hubHandlers } from './hub/hub-handlers';
import { HubLink } from './hub/hub-link';
import { signedHeaders } from './hub/request-signature';
import { terminalHealth } from './hub/terminal-health';
import { helperDeskHandlers } from './helper-desk/helper-desk-handlers';
import { createTranslator } from './i18n/translator';
import { mediationHandlers } from './mediation/mediation-handlers';
import { MediationService } from './mediation/mediation-service';
import type { BackoffPolicy } from './outbox/backoff';
import { outboxHandlers } from './outbox/outbox-handlers';
import { purgeDelivered } from './outbox/retention';
import { purgePrintedFolder } from './printing/folder-printer';
import { SyncWorker } from './outbox/sync-worker';
import { spawnRunner, type CommandRunner } from './printing/command-runner';
import type { SilentPrintSurface } from './printing/electron-printer';
import { printHandlers } from './printing/print-handlers';
import { PrintService, type PrinterRole } from './printing/print-service';
import type { Printer } from './printing/printer';
import { choosePrinter } from './printing/printers';
import { ReceiptService } from './receipts/receipt-service';
import { reportHandlers } from './reports/report-handlers';
import { resourcePaths } from './resource-paths';
import { riskHandlers } from './risk/risk-handlers';
import { RiskRecords } from './risk/risk-records';
import { RiskService } from './risk/risk-service';
import { sessionHandlers } from './session/session-handlers';
import { SessionService } from './session/session-service';
import type { VisitHelper } from './staff/assisted';
import { staffHandlers } from './staff/staff-handlers';
import { StaffService } from './staff/staff-service';
import { openStorage } from './storage/open-storage';
import { ticketHandlers } from './tickets/ticket-handlers';
import { TicketPaper } from './tickets/ticket-paper';
import { TicketQueue } from './tickets/ticket-queue';

export type { Handlers } from './handler-table';
export type { ShellControl } from './app-handlers';

export interface KioskOptions {
  /** Where the database and everything the terminal keeps live. */
  dataDir: string;
  /** The app's own files: resources/ and the SQL migrations. */
  appRoot: string;
  shell: 'electron' | 'browser';
  version: string;
  clock?: Clock;
  /** Where problems nobody is waiting for are reported. */
  log?: (message: string, context?: Record<string, unknown>) => void;
  /** Demo-mode devices behave like people: a payer takes a moment. Tests pass 0. */
  simulatedPayerDelayMs?: number;
  /** How the outbox waits between attempts; tests shorten it. */
  backoff?: BackoffPolicy;
  /** Runs lp / lpstat for CUPS printers; tests point it at their own cupsd. */
  commandRunner?: CommandRunner;
  /** The Electron shell's hidden window, for silent A4 printing where there is no CUPS. */
  silentPrint?: SilentPrintSurface;
  /** How long a print job may take before it is cancelled and left for the helper desk. */
  printTimeoutMs?: number;
  /** Demo-mode ID card reader and scanner: how long a card takes to arrive, a scan to finish. Tests pass 0. */
  simulatedDeviceDelayMs?: number;
  /** What only an admin may ask of the shell; a shell that cannot do it answers false. */
  shellControl?: ShellControl;
  /** How often an enrolled terminal reports to the court's hub; 0 leaves it to the caller (tests). */
  hubHeartbeatMs?: number;
}

/** How often open payments are settled with the terminal, and old personal data purged. */
const HOUSEKEEPING_EVERY_MS = 30_000;
/** How often the outbox looks for submissions whose backoff has run out. */
const SYNC_EVERY_MS = 2_000;
/** How often an enrolled terminal sends the hub its heartbeat (the hub's bench assumes this rate). */
const HUB_HEARTBEAT_EVERY_MS = 10_000;

export interface Kiosk {
  handlers: Handlers;
  /** Staff accounts and sessions: the shells resolve each call's staff token here. */
  staff: StaffService;
  audit: AuditLog;
  events: EventBus;
  /** The simulated devices of demo mode, for the tests and the training screens to steer. */
  simulators: { paymentTerminal: PaymentTerminalSimulator; idCardReader: IdCardReaderSimulator; scanner: ScannerSimulator };
  payments: PaymentService;
  /** The risk engine, for the reviewers' CLI (risk assess on a date of their choosing). */
  risk: RiskService;
  sync: SyncWorker;
  receipts: ReceiptService;
  printing: PrintService;
  /** The printer for a role as configured, or the named one instead (the admin's printer test). */
  printerFor(role: PrinterRole, name?: string): Promise<Printer>;
  /** The link to the court's hub: enrolment, heartbeats, configuration and law-data packages. */
  hub: HubLink;
  /** Nobody is using the terminal: no visit under way (when a software update may install). */
  isIdle(): Promise<boolean>;
  close(): Promise<void>;
}

export async function createKiosk(options: KioskOptions): Promise<Kiosk> {
  const clock = options.clock ?? systemClock;
  const paths = resourcePaths(options.appRoot);
  const defaults = loadDefaultConfig(paths.defaultConfig);
  const db = await openStorage(options.dataDir, paths.migrations, clock);
  const events = new EventBus();
  const config = new ConfigStore({ db, defaults, clock, events, checks: [provinceBaseProblem, courtDirectoryProblem] });
  // The idle wipe seals a filing draft that has a resume code and the filer's ID (filing-drafts.ts).
  const sessions = new SessionService({ db, clock, beforeWipe: (tx, sessionId) => filingDrafts.seal(tx, sessionId) });
  // The helper of the visit under way (帮办人), for every service a litigant submits or signs through.
  const visitHelper: VisitHelper = () => sessions.assistedBy();
  // Kept in the data folder as well, so the admin console can show what went wrong after a restart.
  const eventLog = new EventLog({ folder: join(options.dataDir, 'logs'), clock });
  const shellLog = options.log ?? ((message, context) => console.error(message, context ?? ''));
  const log: typeof shellLog = (message, context) => {
    eventLog.append(message, context);
    shellLog(message, context);
  };
  const audit = new AuditLog({ db, clock, options: { anchorFile: join(options.dataDir, AUDIT_ANCHOR_FILE), log } });
  await audit.checkAnchor();
  // A helper who walks away must not leave staff rights on the screen longer than a litigant's visit lingers.
  const staff = new StaffService({ db, clock, idleMs: async () => ((await config.get()).idle.timeoutSeconds * 1000) / 2 });
  await staff.ensureDefaultAdmin();
  const shellControl: ShellControl = options.shellControl ?? { leaveKioskMode: async () => false, quit: async () => false };
  const helperCalls = new HelperCalls({ db, clock });
  const tickets = new TicketQueue({ db, clock, events, timeZone: async () => (await config.get()).timeZone });
  const catalogue = new CaseTypeCatalogue(paths.caseTypes);
  const hub: HubLink = new HubLink({
    dataDir: options.dataDir,
    clock,
    softwareVersion: options.version,
    health: () =>
      terminalHealth({
        db,
        clock,
        dataDir: options.dataDir,
        courtReachable: async () => (await sync.status()).online,
        printerStatus: async (role) => {
          const printer = await printerFor(role);
          return { name: printer.name, status: await printer.status() };
        },
        auditHead: () => auditHead(db),
      }),
    // The same audited path as an admin's change, under the hub's name.
    applyConfig: async (patch) => void (await auditedConfigChange(config, audit, 'hub', patch)),
    catalogue: catalogue.types,
    log,
  });
  // The one LPR series every calculator and paper uses: the package's when one carries it, else the shipped rows.
  const lpr = loadLprSeries(hub.lawData.installedFile('lprOneYear'), hub.lawData.version(), log);
  const demoCourt = new DemoCourt({
    db,
    clock,
    files: { notices: paths.demoNotices, cases: paths.demoCases },
    filingFee: filingFeeItems(catalogue, async () => (await config.get()).fees),
    terminalId: async () => (await config.get()).terminalId,
  });
  // Requests to the court's own hub are signed with the terminal's secret; any other court gets none.
  const hubSigner = (url: string | null) => {
    const identity = hub.identity();
    return identity && url?.startsWith(identity.hubUrl)
      ? (method: string, path: string, body: string) => signedHeaders(identity, method, path, body, clock.now())
      : undefined;
  };
  const court = async () => {
    const current = await config.get();
    return courtFor(current.courtEndpoint, current.terminalId, demoCourt, hubSigner(current.courtEndpoint.url));
  };
  const paymentTerminal = new PaymentTerminalSimulator({
    ledgerFile: join(options.dataDir, 'simulators', 'payment-terminal-ledger.json'),
    payerDelayMs: options.simulatedPayerDelayMs ?? 1500,
  });
  // The outbox tells what the court settled as a domain event; the services that made it listen.
  const domainEvents = new DomainEvents();
  const sync = new SyncWorker({
    db,
    clock,
    court,
    events,
    log,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    domainEvents,
  });
  const payments = new PaymentService({
    db,
    clock,
    court,
    terminal: paymentTerminal,
    events,
    log,
    terminalSettings: () => config.get(),
    deliver: () => sync.poke(),
    assistedBy: visitHelper,
    domainEvents,
  });
  sync.start(SYNC_EVERY_MS);
  const receipts = new ReceiptService({
    fonts: paths.receiptFonts,
    localesDir: paths.locales,
    clock,
    config: () => config.get(),
    dataVersion: () => hub.lawData.version(),
  });
  const printerChoices = {
    run: options.commandRunner ?? spawnRunner(),
    folder: join(options.dataDir, 'printed'),
    ...(options.silentPrint ? { silentPrint: options.silentPrint } : {}),
  };
  const printerFor = async (role: PrinterRole, name?: string) => {
    const printers = (await config.get()).printers;
    return choosePrinter(role, name === undefined ? printers : { ...printers, [role]: name }, printerChoices);
  };
  const printing = new PrintService({
    db,
    clock,
    events,
    log,
    printerFor: (role) => printerFor(role),
    ...(options.printTimeoutMs ? { timeoutMs: options.printTimeoutMs } : {}),
  });
  await printing.recover();

  const caseProgress = new CaseProgress({ db, clock, court });
  const mediation = new MediationService({ db, clock, catalogue, config: () => config.get(), deliver: () => sync.poke(), assistedBy: visitHelper });

  // A law-data package from the hub, once installed, replaces the shipped rule set, calendar and LPR from the next start.
  const risk = new RiskService({
    ruleSetFile: hub.lawData.fileFor('riskRuleSet', paths.riskRuleSet),
    catalogue,
    restDays: loadRestDays(hub.lawData.fileFor('restDays', paths.restDays), log),
    lpr,
    clock,
    config: () => config.get(),
    log,
  });
  const riskRecords = new RiskRecords({ db, clock, risk, catalogue, config: () => config.get(), localesDir: paths.locales, assistedBy: visitHelper });

  const helperDesk = new HelperDesk({ db, payments, printing });

  const idCardReader = new IdCardReaderSimulator({ sampleCardAfterMs: options.simulatedDeviceDelayMs ?? 1500 });
  const scanner = new ScannerSimulator({ pageDelayMs: Math.round((options.simulatedDeviceDelayMs ?? 1500) / 4) });
  const currentVisit = () => openSessionId(db);
  const evidence = new EvidenceStore({ db, clock, folder: join(options.dataDir, 'evidence') });
  await evidence.sweep();
  const filing = new FilingService({
    db,
    clock,
    elements: new ElementSets(paths.filingElements, catalogue),
    evidence,
    config: () => config.get(),
    lpr,
    currentSession: currentVisit,
    assistedBy: async () => sessions.assistedBy(),
    deliver: () => sync.poke(),
  });
  const filingDrafts = new FilingDrafts({
    db,
    clock,
    evidence,
    currentSession: currentVisit,
    resumeMinutes: async () => (await config.get()).idle.resumeMinutes,
  });

  const feeApplications = new FeeApplications({ db, clock, config: () => config.get(), deliver: () => sync.poke(), assistedBy: visitHelper });
  const feePapers = new FeePapers({
    applications: feeApplications,
    catalogue,
    clock,
    config: () => config.get(),
    translator: (language) => createTranslator(paths.locales, language),
    print: async (kind, input, language) => printing.submit(await receipts.render(kind, input, { language })),
  });

  const housekeeping = async () => {
    await payments.reconcile();
    await purgeDelivered(db, clock, (await config.get()).retentionDays);
    await purgePrintedFolder(printerChoices.folder, await printing.purge((await config.get()).retentionDays));
    await riskRecords.purge((await config.get()).retentionDays);
    await filing.purge((await config.get()).retentionDays);
    await filingDrafts.wipe();
    await demoCourt.purge((await config.get()).retentionDays);
    await db.reclaim();
  };
  let housekeepingRun = housekeeping().catch((err: unknown) => log('housekeeping failed', { error: String(err) }));
  const housekeeper = setInterval(() => {
    housekeepingRun = housekeeping().catch((err: unknown) => log('housekeeping failed', { error: String(err) }));
  }, HOUSEKEEPING_EVERY_MS);
  housekeeper.unref();

  // An enrolled terminal reports to the hub on a timer; the hub being away is logged and changes nothing.
  let heartbeatRun: Promise<unknown> = Promise.resolve();
  const heartbeatMs = options.hubHeartbeatMs ?? HUB_HEARTBEAT_EVERY_MS;
  const heartbeats =
    heartbeatMs > 0
      ? setInterval(() => {
          if (hub.identity()) heartbeatRun = hub.beat().catch((err: unknown) => log('hub heartbeat failed', { error: String(err) }));
        }, heartbeatMs)
      : undefined;
  heartbeats?.unref();

  const ticketPaper = new TicketPaper({ config: () => config.get(), receipts, printing, log });
  const configNow = () => config.get();

  const handlers = auditStaffCalls(
    combineHandlers(
      appHandlers({ version: options.version, shell: options.shell, court, shellControl }),
      configHandlers({ config, audit }),
      auditHandlers({ audit, court }),
      // The visit's scanned pages and resume code go with its drafts.
      sessionHandlers({ sessions, wipeVisit: () => filingDrafts.wipe() }),
      staffHandlers({ staff, clock, config: configNow, receipts, printing }),
      feeHandlers({ clock, config: configNow, payments, feeApplications, feePapers, receipts, printing }),
      outboxHandlers({ sync }),
      caseHandlers({ caseProgress, catalogue }),
      printHandlers({ printing }),
      mediationHandlers({ mediation, receipts, printing }),
      ticketHandlers({ tickets, ticketPaper }),
      helperDeskHandlers({ helperCalls, helperDesk, config: configNow }),
      riskHandlers({ risk, riskRecords, receipts, printing }),
      filingHandlers({
        filing,
        filingDrafts,
        evidence,
        scanner,
        catalogue,
        config: configNow,
        currentVisit,
        localesDir: paths.locales,
        receipts,
        printing,
      }),
      deviceHandlers({ idCardReader }),
      reportHandlers({ db, dataDir: options.dataDir, config: configNow }),
      diagnosticHandlers({
        clock,
        config: configNow,
        court,
        printerFor,
        eventLog,
        fonts: paths.receiptFonts,
        localesDir: paths.locales,
        ...(options.printTimeoutMs ? { printTimeoutMs: options.printTimeoutMs } : {}),
      }),
      hubHandlers({ hub, config: configNow, log }),
    ),
    audit,
  );

  let closing: Promise<void> | undefined;
  return {
    handlers,
    staff,
    audit,
    events,
    simulators: { paymentTerminal, idCardReader, scanner },
    payments,
    risk,
    sync,
    receipts,
    printing,
    printerFor,
    hub,
    isIdle: async () => (await currentVisit()) === null,
    /** Lets work in flight finish, then closes the database; calling it again is harmless. */
    close() {
      closing ??= (async () => {
        clearInterval(housekeeper);
        clearInterval(heartbeats);
        await heartbeatRun;
        await housekeepingRun;
        await payments.idle();
        await ticketPaper.idle();
        await sync.stop();
        await printing.idle();
        await db.close();
      })();
      return closing;
    },
  };
}
