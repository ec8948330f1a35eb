// The terminal's settings and the app itself: what an admin configures, and the app's name, shell and exit.
import { z } from 'zod';
import { FeeKind, FeePractice } from './fees';
import { MediationOrganisation } from './mediation';
import { method } from './method';
import { CourtCode, Empty, LanguageCode, LocalizedText } from './shapes';

export const ServiceId = z.enum(['risk', 'filing', 'fees', 'mediation', 'status', 'queue']);
export type ServiceId = z.infer<typeof ServiceId>;
/** Home-screen order; the last takes a helper-desk number. */
export const SERVICE_IDS = ServiceId.options;

/** A court of the directory: where a case may be filed, and the areas (行政区划代码 prefixes) it hears. */
export const DirectoryCourt = z
  .object({
    /** As in case numbers (CourtCode); the terminal's own court has its own code. */
    code: CourtCode,
    name: LocalizedText,
    /** 2-, 4- or 6-digit administrative division codes: a province, a city or a district. */
    areas: z.array(z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, 'division code of 2, 4 or 6 digits')).max(50),
    address: LocalizedText.nullable(),
  })
  .strict();
export type DirectoryCourt = z.infer<typeof DirectoryCourt>;

export const TerminalConfig = z
  .object({
    court: z
      .object({
        name: LocalizedText,
        code: CourtCode,
      })
      .strict(),
    terminalId: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'letters, digits and -'),
    services: z.object(Object.fromEntries(SERVICE_IDS.map((id) => [id, z.boolean()])) as Record<ServiceId, z.ZodBoolean>).strict(),
    languages: z.array(LanguageCode).min(1).max(12),
    defaultLanguage: LanguageCode,
    idle: z
      .object({
        timeoutSeconds: z.number().int().min(15).max(1800),
        countdownSeconds: z.number().int().min(5).max(120),
        /** How long a filing draft wiped while idle can still be taken up with its resume code and the filer's ID. */
        resumeMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60)
          .default(30),
      })
      .strict(),
    printers: z
      .object({
        receipt: z.string().max(128).nullable(),
        document: z.string().max(128).nullable(),
      })
      .strict(),
    courtEndpoint: z
      .object({
        url: z.url({ protocol: /^https?$/ }).nullable(),
        timeoutMs: z.number().int().min(500).max(120_000),
      })
      .strict(),
    fees: z
      .object({
        province: z.string().max(20),
        /** The figures the province fixed inside the ranges of Art 13 / 14, in yuan. */
        bases: z.partialRecord(FeeKind, z.number().nonnegative().multipleOf(0.01)),
        /** The province's previous-year average annual wage of employed persons, yuan (small claims, CPL Art 165). */
        averageWage: z.number().int().positive().nullable(),
        /** The small-claims limit as the province publishes it (50 % of that wage), yuan; when set it decides instead of averageWage. */
        smallClaimsLimit: z.number().int().positive().nullable().default(null),
        /** Court practice where the law is silent: settings with today's defaults (docs/RULES.md §1). */
        practice: FeePractice.default({ halveOnce: true, smallClaimsHalved: true, jurisdictionObjectionHalvable: true }),
      })
      .strict(),
    mediation: z.object({ organisations: z.array(MediationOrganisation).max(50) }).strict(),
    /** Courts a litigant here may file with; any but this terminal's own is cross-region filing (跨域立案). */
    courtDirectory: z.array(DirectoryCourt).max(200),
    retentionDays: z.number().int().min(1).max(3650),
    /** The court's time zone: dates on receipts, the day the queue numbers restart. */
    timeZone: z.string().refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'an IANA time zone such as Asia/Shanghai'),
    kioskMode: z.boolean(),
    /**
     * When the centre is open to the public (days 0 = Sunday … 6, times in timeZone). Software updates
     * install only outside these hours; a 24-hour self-service site lists none and installs whenever idle.
     */
    openingHours: z
      .array(
        z
          .object({
            days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
            from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 08:30'),
            to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 17:30'),
          })
          .strict()
          .refine((h) => h.from < h.to, { message: 'opening must come before closing', path: ['to'] }),
      )
      .max(14),
    /** Which Chinese input the on-screen keyboard opens first in elder mode: pinyin, or 手写 for those who cannot spell pinyin. */
    keyboard: z.object({ elderChineseInput: z.enum(['pinyin', 'handwriting']) }).strict(),
    receipts: z
      .object({
        /** Where a document's QR code sends a reader to check it is genuine: base?no=…&code=…. */
        verifyBaseUrl: z.url({ protocol: /^https?$/ }),
      })
      .strict(),
  })
  .strict()
  .refine((c) => c.languages.includes(c.defaultLanguage), {
    message: 'the default language must be one of the languages',
    path: ['defaultLanguage'],
  });
export type TerminalConfig = z.infer<typeof TerminalConfig>;

/** A change to the terminal config: any top-level sections, each given whole. */
export const TerminalConfigPatch = z.record(z.string(), z.unknown());

export const configMethods = {
  'app.info': method(
    Empty,
    z.object({
      name: z.string(),
      version: z.string(),
      shell: z.enum(['electron', 'browser']),
      court: z.enum(['demo', 'http']),
    }),
  ),
  /** The Electron shell leaves kiosk mode (full screen, locked down) until the app restarts; the browser shell answers done: false. */
  'app.leaveKioskMode': method(Empty, z.object({ done: z.boolean() }), 'admin'),
  'app.quit': method(Empty, z.object({ done: z.boolean() }), 'admin'),
  'config.get': method(Empty, TerminalConfig),
  'config.set': method(z.object({ patch: TerminalConfigPatch }).strict(), TerminalConfig, 'admin'),
} as const;

export const configEvents = {
  'config.changed': TerminalConfig,
} as const;
