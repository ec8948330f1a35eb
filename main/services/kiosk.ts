// Composition root: builds every service from the data folder and the app's own files, and maps
// each contract method to the service that answers it. Both shells (Electron, browser) use this.
import { join } from 'node:path';
import type { z } from 'zod';
import type { MethodName, MethodOutput, Methods, Ticket } from '../../contract';
import { courtDate, systemClock, type Clock } from './clock';
import { auditStaffCalls } from './audit/audit-calls';
import { AUDIT_ANCHOR_FILE, AuditLog, auditHead } from './audit/audit-log';
import { testCourtConnection, testPrinter } from './diagnostics/device-tests';
import { EventLog } from './diagnostics/event-log';
import { writeExport } from './reports/exports';
import { HelperDesk } from './helper-desk/helper-desk';
import { statistics } from './reports/statistics';
import { ConfigStore, loadDefaultConfig } from './config/config-store';
import { requireCaseNumber } from './cases/case-number';
import { CaseProgress } from './cases/case-progress';
import { CaseTypeCatalogue } from './cases/catalogue';
import { courtDirectoryProblem } from './court/court-directory';
import { courtFor } from './court/court-gateway';
import { DemoCourt } from './court/demo-court';
import { ID_CARD_WAIT_MS, idCardForScreen } from './devices/id-card-reader';
import { IdCardReaderSimulator } from './devices/id-card-reader-simulator';
import { PaymentTerminalSimulator } from './devices/payment-terminal-simulator';
import { ScannerSimulator } from './devices/scanner-simulator';
import { ElementSets } from './filing/element-sets';
import { EvidenceStore } from './filing/evidence-store';
import { FilingDrafts, openSessionId } from './filing/filing-drafts';
import { printFiling } from './filing/filing-papers';
import { FilingService } from './filing/filing-service';
import { EventBus } from './events';
import { FeeApplications } from './fees/fee-applications';
import { parseFeeRequest, quoteFee } from './fees/fee-calculator';
import { estimateFee } from './fees/fee-estimate';
import { feeKinds } from './fees/fee-kinds';
import { FeePapers } from './fees/fee-papers';
import { screenFeeRelief } from './fees/fee-relief';
import { provinceBaseProblem } from './fees/province-bases';
import { smallClaimsEligibility } from './fees/small-claims';
import { HubLink } from './hub/hub-link';
import { signedHeaders } from './hub/request-signature';
import { terminalHealth } from './hub/terminal-health';
import { createTranslator } from './i18n/translator';
import { requireResidentId } from './identity/resident-id';
import { MediationService } from './mediation/mediation-service';
import { PaymentService } from './fees/payment-service';
import { paymentVoucherInput } from './fees/payment-voucher-input';
import { spawnRunner, type CommandRunner } from './printing/command-runner';
import type { SilentPrintSurface } from './printing/electron-printer';
import { PrintService, type PrinterRole } from './printing/print-service';
import type { Printer } from './printing/printer';
import { choosePrinter } from './printing/printers';
import { HelperCalls } from './helper-desk/helper-calls';
import type { BackoffPolicy } from './outbox/backoff';
import { purgeDelivered } from './outbox/retention';
import { SyncWorker } from './outbox/sync-worker';
import { TicketQueue } from './tickets/ticket-queue';
import { ReceiptService } from './receipts/receipt-service';
import { RiskRecords } from './risk/risk-records';
import { loadRestDays } from './calendar/rest-days';
import { RiskService } from './risk/risk-service';
import { SessionService } from './session/session-service';
import { actorOf, OPERATOR_CALL, type CallContext } from './staff/caller';
import { assistedField, draftAuthor, type VisitHelper } from './staff/assisted';
import { helperGuideInput } from './staff/helper-guide';
import { StaffService } from './staff/staff-service';
import { openStorage } from './storage/open-storage';
import { resourcePaths } from './resource-paths';

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

export interface ShellControl {
  leaveKioskMode(): Promise<boolean>;
  quit(): Promise<boolean>;
}

/** How often open payments are settled with the terminal, and old personal data purged. */
const HOUSEKEEPING_EVERY_MS = 30_000;
/** How often the outbox looks for submissions whose backoff has run out. */
const SYNC_EVERY_MS = 2_000;
/** How often an enrolled terminal sends the hub its heartbeat (the hub's bench assumes this rate). */
const HUB_HEARTBEAT_EVERY_MS = 10_000;
/** How long the admin waits for a test page before it counts as not printed. */
const PRINTER_TEST_TIMEOUT_MS = 30_000;

/**
 * A handler may take the call's context (who is calling) as a second argument; code in main that
 * calls a handler directly leaves it out and acts as the operator (OPERATOR_CALL).
 */
export type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>, context?: CallContext) => Promise<MethodOutput<M>>;
};

export interface Kiosk {
  handlers: Handlers;
  /** Staff accounts and sessions: the shells resolve each call's staff token here. */
  staff: StaffService;
  audit: AuditLog;
  events: EventBus;
  /** The simulated devices of demo mode, for the tests and the training screens to steer. */
  simulators: { paymentTerminal: PaymentTerminalSimulator; idCardReader: IdCardReaderSimulator; scanner: ScannerSimulator };
  payments: PaymentService;
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
  const config = new ConfigStore(db, defaults, clock, events, [provinceBaseProblem, courtDirectoryProblem]);
  const sessions = new SessionService(db, clock);
  // The helper of the visit under way (帮办人), for every service a litigant submits or signs through.
  const visitHelper: VisitHelper = () => sessions.assistedBy();
  // Kept in the data folder as well, so the admin console can show what went wrong after a restart.
  const eventLog = new EventLog(join(options.dataDir, 'logs'), clock);
  const shellLog = options.log ?? ((message, context) => console.error(message, context ?? ''));
  const log: typeof shellLog = (message, context) => {
    eventLog.append(message, context);
    shellLog(message, context);
  };
  const audit = new AuditLog(db, clock, { anchorFile: join(options.dataDir, AUDIT_ANCHOR_FILE), log });
  await audit.checkAnchor();
  // A helper who walks away must not leave staff rights on the screen longer than a litigant's visit lingers.
  const staff = new StaffService({ db, clock, idleMs: async () => ((await config.get()).idle.timeoutSeconds * 1000) / 2 });
  await staff.ensureDefaultAdmin();
  const shellControl: ShellControl = options.shellControl ?? { leaveKioskMode: async () => false, quit: async () => false };
  const helperCalls = new HelperCalls(db, clock);
  const tickets = new TicketQueue(db, clock, events, async () => (await config.get()).timeZone);
  const catalogue = new CaseTypeCatalogue(paths.caseTypes);
  /** A config change, checked whole and audited under who made it: an admin, the CLI, or the hub. */
  const setConfig = async (actor: string, patch: Record<string, unknown>) => {
    const before = await config.get();
    const after = await config.set(patch);
    const sections = Object.keys(patch) as (keyof typeof before)[];
    await audit.record(actor, 'config.set', { before: Object.fromEntries(sections.map((k) => [k, before[k]])), after: Object.fromEntries(sections.map((k) => [k, after[k]])) });
    return after;
  };
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
    applyConfig: async (patch) => void (await setConfig('hub', patch)),
    catalogue: catalogue.types,
    log,
  });
  const demoCourt = new DemoCourt(db, clock, { notices: paths.demoNotices, cases: paths.demoCases });
  // Requests to the court's own hub are signed with the terminal's secret; any other court gets none.
  const hubSigner = (url: string | null) => {
    const identity = hub.identity();
    return identity && url?.startsWith(identity.hubUrl) ? (method: string, path: string, body: string) => signedHeaders(identity, method, path, body, clock.now()) : undefined;
  };
  const court = async () => {
    const current = await config.get();
    return courtFor(current.courtEndpoint, current.terminalId, demoCourt, hubSigner(current.courtEndpoint.url));
  };
  const paymentTerminal = new PaymentTerminalSimulator({
    ledgerFile: join(options.dataDir, 'simulators', 'payment-terminal-ledger.json'),
    payerDelayMs: options.simulatedPayerDelayMs ?? 1500,
  });
  // The payments service and the sync worker answer each other; `sync` is only used once both exist.
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
  });
  const sync = new SyncWorker({ db, clock, court, events, log, ...(options.backoff ? { backoff: options.backoff } : {}), onSettled: { payment: (result) => payments.courtAnswered(result) } });
  sync.start(SYNC_EVERY_MS);
  const receipts = new ReceiptService({ fontFile: paths.receiptFont, localesDir: paths.locales, clock, config: () => config.get(), dataVersion: () => hub.lawData.version() });
  const printerChoices = { run: options.commandRunner ?? spawnRunner(), folder: join(options.dataDir, 'printed'), ...(options.silentPrint ? { silentPrint: options.silentPrint } : {}) };
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

  // A law-data package from the hub, once installed, replaces the shipped rule set and calendar from the next start.
  const risk = new RiskService({ ruleSetFile: hub.lawData.fileFor('riskRuleSet', paths.riskRuleSet), catalogue, restDays: loadRestDays(hub.lawData.fileFor('restDays', paths.restDays), log), clock, config: () => config.get(), log });
  const riskRecords = new RiskRecords({ db, clock, risk, catalogue, config: () => config.get(), localesDir: paths.locales, assistedBy: visitHelper });

  const helperDesk = new HelperDesk({ db, payments, printing });

  const idCardReader = new IdCardReaderSimulator({ sampleCardAfterMs: options.simulatedDeviceDelayMs ?? 1500 });
  const scanner = new ScannerSimulator({ pageDelayMs: Math.round((options.simulatedDeviceDelayMs ?? 1500) / 4) });
  const currentVisit = () => openSessionId(db);
  const evidence = new EvidenceStore(db, clock, join(options.dataDir, 'evidence'));
  await evidence.sweep();
  const filing = new FilingService({
    db,
    clock,
    elements: new ElementSets(paths.filingElements, catalogue),
    evidence,
    config: () => config.get(),
    currentSession: currentVisit,
    assistedBy: async () => sessions.assistedBy(),
    deliver: () => sync.poke(),
  });
  const filingDrafts = new FilingDrafts(db, clock, evidence, currentVisit);
  const filingPrints = {
    filed: (filingId: string) => filing.filed(filingId),
    filingPages: (filingId: string) => evidence.filingPages(filingId),
    catalogue,
    timeZone: async () => (await config.get()).timeZone,
    translator: (language: string) => createTranslator(paths.locales, language),
    render: (kind: 'complaint' | 'filing-bundle' | 'filing-receipt', input: unknown, language: string, issuedAt: Date) => receipts.render(kind, input, { language, issuedAt }),
    print: (doc: Awaited<ReturnType<typeof receipts.render>>) => printing.submit(doc),
  };

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
    await printing.purge((await config.get()).retentionDays);
    await riskRecords.purge((await config.get()).retentionDays);
    await filing.purge((await config.get()).retentionDays);
    await filingDrafts.wipe();
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

  let ticketPrints = Promise.resolve();
  const printTicket = async (ticket: Ticket, language: string) => {
    const { terminalId, timeZone } = await config.get();
    const day = courtDate(new Date(ticket.issuedAt), timeZone).replaceAll('-', '');
    const input = { ticketNo: ticket.number, service: ticket.service, priority: ticket.priority, waitingAhead: ticket.waitingAhead, estimatedWaitMinutes: ticket.estimatedWaitMinutes, documentNo: `${terminalId}-PD-${day}-${ticket.number}` };
    return printing.submit(await receipts.render('queue-ticket', input, { language }));
  };

  const noticeQuery = (caseNumber: string, payerIdNumber: string) => {
    const now = clock.now();
    return [requireCaseNumber(caseNumber, now), requireResidentId(payerIdNumber, now)] as const;
  };

  const handlers: Handlers = auditStaffCalls({
    'app.info': async () => ({
      name: 'court-kiosk',
      version: options.version,
      shell: options.shell,
      court: (await court()).kind,
    }),
    'config.get': () => config.get(),
    'config.set': ({ patch }, { caller } = OPERATOR_CALL) => setConfig(actorOf(caller), patch),
    'app.leaveKioskMode': async () => ({ done: await shellControl.leaveKioskMode() }),
    'app.quit': async () => ({ done: await shellControl.quit() }),
    'session.start': ({ language }) => sessions.start(language),
    'session.startAssisted': async ({ language }, { caller } = OPERATOR_CALL) => {
      const assistedBy = actorOf(caller);
      return { ...(await sessions.start(language, assistedBy)), assistedBy };
    },
    // The visit's scanned pages and resume code go with its drafts.
    'session.reset': async () => {
      const wiped = await sessions.reset();
      await filingDrafts.wipe();
      return wiped;
    },
    'draft.save': ({ flow, data, enteredBy }, { caller } = OPERATOR_CALL) => sessions.saveDraft(flow, data, draftAuthor(enteredBy, caller, sessions.assistedBy())),
    'draft.load': ({ flow }) => sessions.loadDraft(flow),
    'staff.signIn': ({ pin, staffId }) => staff.signIn(pin, staffId),
    'staff.signOut': (_, { caller } = OPERATOR_CALL) => staff.signOut(caller),
    'staff.whoami': (_, { caller } = OPERATOR_CALL) => staff.whoami(caller),
    'staff.changePin': ({ currentPin, newPin }, { caller } = OPERATOR_CALL) => staff.changePin(caller, currentPin, newPin),
    'staff.list': async () => ({ accounts: await staff.list() }),
    'staff.add': (account, { caller } = OPERATOR_CALL) => staff.add(actorOf(caller), account),
    'staff.resetPin': ({ staffId, pin }, { caller } = OPERATOR_CALL) => staff.resetPin(actorOf(caller), staffId, pin),
    'staff.setEnabled': ({ staffId, enabled }, { caller } = OPERATOR_CALL) => staff.setEnabled(actorOf(caller), staffId, enabled),
    'audit.recent': async ({ limit, before }) => ({ entries: await audit.recent(limit, before) }),
    'audit.verify': () => audit.verify(),
    'fees.quote': async (input) => quoteFee(parseFeeRequest(input), (await config.get()).fees.bases),
    'fees.smallClaims': async ({ amount, exclusions }) => smallClaimsEligibility(amount, (await config.get()).fees.averageWage, exclusions),
    'fees.findNotice': ({ caseNumber, payerIdNumber }) => payments.findNotice(...noticeQuery(caseNumber, payerIdNumber)),
    'fees.kinds': async () => ({ kinds: feeKinds() }),
    'fees.estimate': async ({ kind, amount }) => estimateFee(kind, amount, (await config.get()).fees),
    'fees.pay': ({ caseNumber, payerIdNumber, method }) => payments.start(...noticeQuery(caseNumber, payerIdNumber), method),
    'fees.payment': ({ paymentId }) => payments.get(paymentId),
    'fees.cancelPayment': ({ paymentId }) => payments.cancel(paymentId),
    'sync.status': () => sync.status(),
    'cases.status': ({ caseNumber, idNumber }) => caseProgress.status(caseNumber, idNumber),
    'cases.receipt': ({ receiptNo }) => caseProgress.receipt(receiptNo),
    'print.jobs': async ({ filter }) => ({ jobs: await printing.jobs(filter) }),
    'print.reprint': ({ jobId }) => printing.reprint(jobId),
    'print.paymentVoucher': async ({ paymentId, caseNumber, payerIdNumber, language }) => {
      const payment = await payments.get(paymentId);
      const notice = await payments.findNotice(...noticeQuery(caseNumber, payerIdNumber));
      const voucher = { ...paymentVoucherInput(payment, notice, language), ...assistedField(await payments.assistedBy(paymentId)) };
      return printing.submit(await receipts.render('payment-voucher', voucher, { language }));
    },
    'print.feeEstimate': (request) => feePapers.estimate(request),
    'print.helperGuide': async ({ language }) => printing.submit(await receipts.render('helper-guide', helperGuideInput(await config.get(), await staff.list(), clock.now()), { language })),
    'print.refundReceipt': (request) => feePapers.refundReceipt(request),
    'print.reliefApplication': (request) => feePapers.reliefApplication(request),
    'print.mediation': async ({ requestId, language }) => {
      const documents = await mediation.documents(requestId, language);
      const application = await receipts.render('mediation-application', documents.application, { language });
      const receipt = await receipts.render('mediation-receipt', documents.receipt, { language });
      return { jobs: [await printing.submit(receipt), await printing.submit(application)] };
    },
    'fees.reliefScreen': async ({ naturalPerson, grounds }) => screenFeeRelief(naturalPerson, grounds),
    'fees.reliefApply': (request) => feeApplications.applyForRelief(request),
    'fees.refund': (request) => feeApplications.refund(request),
    'catalogue.caseTypes': async () => ({ types: [...catalogue.types] }),
    'mediation.organisations': async ({ caseType }) => ({ organisations: await mediation.organisations(caseType) }),
    'mediation.submit': (request) => mediation.submit(request),
    'queue.take': async ({ service, priority, language }) => {
      const ticket = await tickets.take(service, priority);
      // The number is the litigant's as soon as it is issued; its paper follows without holding up the screen.
      ticketPrints = Promise.all([ticketPrints, printTicket(ticket, language).catch((err: unknown) => log('queue ticket not printed', { ticket: ticket.number, error: String(err) }))]).then(() => undefined);
      return ticket;
    },
    'queue.board': () => tickets.board(),
    'queue.callNext': ({ windowNo, services }) => tickets.callNext(windowNo, services),
    'queue.recall': ({ ticketId }) => tickets.recall(ticketId),
    'queue.serve': ({ ticketId }) => tickets.finish(ticketId, 'served'),
    'queue.skip': ({ ticketId }) => tickets.finish(ticketId, 'skipped'),
    'queue.transfer': ({ ticketId, service }) => tickets.transfer(ticketId, service),
    'helper.call': async () => helperCalls.call((await config.get()).terminalId),
    'risk.ruleSet': async () => risk.questions(),
    'risk.assess': ({ caseType, answers }) => risk.assess(caseType, answers),
    'filing.elements': async ({ caseType }) => filing.elements(caseType),
    'filing.courts': async () => ({ courts: await filing.courts() }),
    'filing.preview': (draft) => filing.preview(draft),
    'filing.submit': (submission) => filing.submit(submission),
    'filing.resumeCode': ({ idNumber }) => filingDrafts.resumeCode(idNumber),
    'filing.resume': (query) => filingDrafts.resume(query),
    'devices.readIdCard': async () => idCardForScreen(await idCardReader.read(ID_CARD_WAIT_MS)),
    'devices.scan': async ({ source }) => {
      const visit = await filingDrafts.requireSession();
      return { pages: await evidence.keepScans(visit, await scanner.scan(source)) };
    },
    'evidence.addPage': async ({ evidenceId, scanId }) => evidence.addPage(await filingDrafts.requireSession(), evidenceId, scanId),
    'evidence.pages': async () => evidence.pages(await currentVisit()),
    'evidence.removePage': async ({ pageId }) => evidence.removePage(await filingDrafts.requireSession(), pageId),
    'evidence.reorder': async ({ evidenceId, pageIds }) => evidence.reorder(await filingDrafts.requireSession(), evidenceId, pageIds),
    'print.filing': async ({ filingId, language }) => ({ jobs: await printFiling(filingPrints, filingId, language) }),
    'risk.record': ({ caseType, answers }) => riskRecords.record(caseType, answers),
    'risk.acknowledge': (acknowledgement) => riskRecords.acknowledge(acknowledgement),
    'print.riskReport': async ({ reportId, language }) => {
      const { input, issuedAt } = await riskRecords.reportDocument(reportId, language);
      return printing.submit(await receipts.render('risk-report', input, { language, issuedAt }));
    },
    'print.riskNotice': async ({ reportId, language }) => {
      const { input, issuedAt } = await riskRecords.noticeDocument(reportId, language);
      return printing.submit(await receipts.render('risk-notice', input, { language, issuedAt }));
    },
    'desk.overview': () => helperDesk.overview(),
    'desk.reconcile': ({ paymentId }) => helperDesk.reconcile(paymentId),
    'admin.statistics': async (range) => statistics(db, range, (await config.get()).timeZone),
    'admin.export': async ({ kind, ...range }) => writeExport(db, options.dataDir, kind, range, (await config.get()).timeZone),
    'admin.testCourt': async () => testCourtConnection(await court(), clock),
    'admin.testPrinter': async ({ role, printer, language }) =>
      testPrinter(await printerFor(role, printer), role, {
        clock,
        config: await config.get(),
        fontFile: paths.receiptFont,
        localesDir: paths.locales,
        language,
        timeoutMs: options.printTimeoutMs ?? PRINTER_TEST_TIMEOUT_MS,
      }),
    'admin.log': async ({ limit }) => ({ entries: eventLog.recent(limit) }),
    'hub.status': async () => hub.status(),
    'hub.enrol': async ({ url, code }) => {
      await hub.enrol(url, code, (await config.get()).terminalId);
      // Report at once, so the hub's console shows the terminal without waiting for the timer.
      await hub.beat().catch((err: unknown) => log('hub heartbeat failed', { error: String(err) }));
      return hub.status();
    },
  }, audit);

  let closing: Promise<void> | undefined;
  return {
    handlers,
    staff,
    audit,
    events,
    simulators: { paymentTerminal, idCardReader, scanner },
    payments,
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
        await ticketPrints;
        await sync.stop();
        await printing.idle();
        await db.close();
      })();
      return closing;
    },
  };
}
