// What a terminal and the court's hub (hub/) say to each other, as zod schemas both sides parse with:
// enrolment, heartbeats, the configuration a terminal should run, and signed law-data packages.
// The protocol itself (paths, signing) is described in hub/README.md.
import { z } from 'zod';
import { TerminalConfig } from './index';

export const TerminalId = TerminalConfig.shape.terminalId;

export const EnrolRequest = z.object({ code: z.string().trim().min(6).max(64), terminalId: TerminalId }).strict();
export const EnrolReply = z.object({
  terminalId: TerminalId,
  /** The HMAC key for every later request; the terminal keeps it in a 0600 file. */
  secret: z.string().regex(/^[0-9a-f]{64}$/),
  site: z.string(),
  group: z.string(),
  /** The hub's Ed25519 public key (SPKI, base64): law-data packages must be signed by it. */
  dataPublicKey: z.string().min(40),
});
export type EnrolReply = z.infer<typeof EnrolReply>;

export const PrinterState = z.enum(['ready', 'paperOut', 'error', 'offline']);
export const AuditHeadReport = z.object({ id: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable();

/** A terminal's health, sent every few seconds; it speaks only of itself (the signature says who). */
export const Heartbeat = z
  .object({
    softwareVersion: z.string().min(1).max(40),
    courtReachable: z.boolean(),
    outbox: z.object({ depth: z.number().int().nonnegative(), oldestAgeSeconds: z.number().nonnegative().nullable() }).strict(),
    printers: z.array(z.object({ role: z.enum(['receipt', 'document']), name: z.string().max(128).nullable(), state: PrinterState }).strict()).max(4),
    diskFreeBytes: z.number().int().nonnegative(),
    configVersion: z.number().int().nonnegative().nullable(),
    dataVersion: z.string().max(40).nullable(),
    auditHead: AuditHeadReport,
  })
  .strict();
export type Heartbeat = z.infer<typeof Heartbeat>;

export const HeartbeatReply = z.object({ configVersion: z.number().int().nonnegative(), dataVersion: z.string().nullable() });
export type HeartbeatReply = z.infer<typeof HeartbeatReply>;

/** The configuration a terminal should run: its group's settings with its own overrides on top. */
export const DesiredConfig = z.object({ version: z.number().int().nonnegative(), patch: z.record(z.string(), z.unknown()) });
export type DesiredConfig = z.infer<typeof DesiredConfig>;

/** Sections of the terminal config a group may set; the terminal's own id is never the hub's to set. */
export const HUB_SETTABLE_SECTIONS = (Object.keys(TerminalConfig.shape) as (keyof TerminalConfig)[]).filter((k) => k !== 'terminalId');

export const DataVersion = z.string().regex(/^\d{4}\.\d{1,2}\.\d{1,3}$/, 'a version like 2027.1.0');

/**
 * The law data in a package, each part optional. Files the kiosk reads (risk rule set, rest-day
 * calendar, LPR series) stay `unknown` here and are checked by the kiosk's own loaders; settings
 * (fee bases and the small-claims wage, mediation organisations, court directory) by the config schema.
 */
export const LawData = z
  .object({
    riskRuleSet: z.unknown().optional(),
    restDays: z.unknown().optional(),
    lprOneYear: z
      .array(z.object({ from: z.iso.date(), percent: z.string().regex(/^\d+\.\d{2}$/), announcement: z.string().min(1) }).strict())
      .min(1)
      .optional(),
    fees: TerminalConfig.shape.fees.optional(),
    mediation: TerminalConfig.shape.mediation.optional(),
    courtDirectory: TerminalConfig.shape.courtDirectory.optional(),
  })
  .strict();
export type LawData = z.infer<typeof LawData>;

export const DataPackageBody = z.object({ version: DataVersion, publishedAt: z.iso.datetime(), content: LawData }).strict();
export type DataPackageBody = z.infer<typeof DataPackageBody>;

/** The exact signed text and its Ed25519 signature (base64): the terminal checks the text before parsing it. */
export const SignedDataPackage = z.object({ body: z.string().min(2), signature: z.string().min(40) }).strict();
export type SignedDataPackage = z.infer<typeof SignedDataPackage>;
