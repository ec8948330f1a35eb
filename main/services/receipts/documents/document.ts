// What a document kind is: a typed input, a sample of it, and the blocks it becomes. Shared
// pieces (parties, the issuing terminal, the verification QR) live here so every kind words them alike.
import { z } from 'zod';
import { IdDocumentType } from '../../../../contract';
import type { Translate } from '../../i18n/translator';
import type { Block } from '../blocks';
import type { PageSizeName, PageSpec } from '../page-sizes.data';

export interface DocumentContext {
  /** Keys are relative to the receipts namespace: t('common.documentNo'). */
  t: Translate;
  size: PageSizeName;
  court: string;
  terminalId: string;
  documentNo: string;
  issuedAt: Date;
  /** The court's time zone (terminal setting): every time on paper is the court's local time. */
  timeZone: string;
  verifyUrl: string;
  /** Short code printed beside the QR, for reading out over the phone. */
  checkCode: string;
}

export interface ReceiptDocument<S extends z.ZodType = z.ZodType> {
  /** The first is the size used when none is asked for. */
  sizes: readonly [PageSizeName, ...PageSizeName[]];
  input: S;
  /** Realistic and wholly fictional: names, numbers and addresses belong to nobody. */
  sample: z.input<S>;
  documentNo(input: z.output<S>): string;
  blocks(input: z.output<S>, ctx: DocumentContext): Block[];
  /** Tighter type for a kind that must fit one page (a posted notice); the others keep the paper's own. */
  compact?: { type: PageSpec['type']; leading: number; gap: number };
}

export const defineDocument = <S extends z.ZodType>(doc: ReceiptDocument<S>): ReceiptDocument<S> => doc;

/** Up to 60: a receipt number is a terminal id of up to 32 characters, then 23 of kind, date, sequence and check. */
export const DocumentNo = z.string().regex(/^[A-Za-z0-9-]{4,60}$/, 'letters, digits and -');
export const Text = (max: number) => z.string().trim().max(max);

export const Party = z
  .object({
    type: z.enum(['person', 'organisation']),
    name: z.string().trim().min(1).max(100),
    gender: z.enum(['male', 'female']).optional(),
    birthDate: z.iso.date().optional(),
    ethnicity: Text(20).optional(),
    /** A foreign national's country, printed instead of 民族. */
    nationality: Text(40).optional(),
    /** A person's identity document when it is not a resident ID (a permit, a permanent-residence card, a passport). */
    idType: IdDocumentType.optional(),
    /** The person's document number, or the organisation's unified social credit code; printed as given. */
    idNumber: Text(40).optional(),
    representative: Text(50).optional(),
    address: Text(200),
    phone: Text(30),
  })
  .strict();
export type Party = z.infer<typeof Party>;

function localParts(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { y: Number(parts.year), ...monthDay(Number(parts.month), Number(parts.day)), hh: parts.hour!, mi: parts.minute! };
}

/** Chinese writes 4月2日, ISO-style English 04-02: the templates pick m/d or mm/dd. */
function monthDay(month: number, day: number) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return { m: month, d: day, mm: pad(month), dd: pad(day) };
}

export const formatDateTime = (t: Translate, at: Date, timeZone: string) => t('common.dateTime', localParts(at, timeZone));
/** A calendar date (YYYY-MM-DD) as written in the document's language. */
export const formatDate = (t: Translate, isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return t('common.date', { y, ...monthDay(m!, d!) });
};

/** Fen as yuan with thousands separators; integer arithmetic, so no float ever rounds a fee. */
export function formatFen(t: Translate, fen: number): string {
  const yuan = Math.trunc(fen / 100).toLocaleString('en-US');
  return t('common.amount', { amount: `${yuan}.${String(fen % 100).padStart(2, '0')}` });
}

export const orNotGiven = (t: Translate, value: string | undefined) => (value && value.trim() !== '' ? value : t('common.notGiven'));

/** A party's particulars as label–value rows, in the order of a complaint's 当事人 section. */
export function partyRows(t: Translate, role: string, p: Party): { label: string; value: string }[] {
  const rows = [{ label: t(`party.${role}`), value: p.name }];
  const add = (key: string, value: string | undefined) => rows.push({ label: t(`party.${key}`), value: orNotGiven(t, value) });
  if (p.type === 'person') {
    add('gender', p.gender && t(`party.${p.gender}`));
    add('birthDate', p.birthDate && formatDate(t, p.birthDate));
    if (p.nationality) add('nationality', p.nationality);
    else add('ethnicity', p.ethnicity);
    // The label names the document: 公民身份号码, or e.g. 护照号码 for a foreign party.
    add(p.idType ? `idTypes.${p.idType}` : 'idNumber', p.idNumber);
  } else {
    add('creditCode', p.idNumber);
    add('representative', p.representative);
  }
  add('address', p.address);
  add('phone', p.phone);
  return rows;
}

/** The staff id of the helper of an assisted visit (帮办人), on every paper made in it; absent otherwise. */
export const AssistedBy = Text(60).min(1).optional();

/** "帮办人 / Assisted by" on a paper of an assisted visit, and nothing on a litigant's own. */
export const assistedByBlocks = (t: Translate, assistedBy: string | undefined): Block[] =>
  assistedBy ? [{ kind: 'fields', rows: [{ label: t('common.assistedBy'), value: assistedBy }] }] : [];

/** The issuing terminal's particulars: every document carries them. */
export const issuedRows = (ctx: DocumentContext) => [
  { label: ctx.t('common.documentNo'), value: ctx.documentNo },
  { label: ctx.t('common.terminal'), value: ctx.terminalId },
  { label: ctx.t('common.issuedAt'), value: formatDateTime(ctx.t, ctx.issuedAt, ctx.timeZone) },
];

export const verifyQr = (ctx: DocumentContext): Block => ({ kind: 'qr', payload: ctx.verifyUrl, caption: ctx.t('common.verify', { code: ctx.checkCode }) });

/** The end of a roll receipt: who issued it, then the code that verifies it. */
export const receiptTail = (ctx: DocumentContext): Block[] => [{ kind: 'rule' }, { kind: 'fields', rows: issuedRows(ctx) }, verifyQr(ctx)];

/** The end of an A4 document: a line saying which terminal made it, and the verification code. */
export const documentTail = (ctx: DocumentContext): Block[] => [
  {
    kind: 'paragraph',
    small: true,
    text: ctx.t('common.issuedBy', { court: ctx.court, terminal: ctx.terminalId, time: formatDateTime(ctx.t, ctx.issuedAt, ctx.timeZone) }),
  },
  verifyQr(ctx),
];

/** 此致 + the court, as a complaint or application closes. */
export const addressedTo = (ctx: DocumentContext): Block[] => [
  { kind: 'paragraph', text: ctx.t('common.to'), indent: true, keepWithNext: true },
  { kind: 'paragraph', text: ctx.court },
];
