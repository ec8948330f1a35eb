// Malformed inputs for a contract method, derived from its zod schema (read through its JSON Schema), so
// a new method or field is attacked without anyone writing its payloads: wrong types, missing and extra
// keys, lengths and numbers out of range, NUL and bidi characters, huge strings, deep nesting, arrays for
// objects and prototype-pollution keys. A candidate is kept only when the schema refuses it as the
// server will read it (JSON text, then `?? {}` as main/shared/dispatch.ts does): nothing sent may
// legitimately change anything.
import { z } from 'zod';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Node {
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean | Node;
  propertyNames?: Node;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
  enum?: Json[];
  const?: Json;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  contentEncoding?: string;
}

/** Stays under the web host's 64 KiB body limit, so the schema is what refuses it, not the size check. */
const HUGE = 'x'.repeat(60_000);
const NESTING = 2_000;
/** Invisible characters that reorder or hide printed text, and the C0 ones that end C strings. */
const SNEAKY = ['\u0000', '\u202e', '\u2066', '\u200f', '\u001b[2J', '\ud800'];

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2026-11-23',
  'date-time': '2026-11-23T09:00:00.000Z',
  uuid: '0c4e3e1a-0000-4000-8000-000000000000',
  uri: 'https://court.example/verify',
  email: 'clerk@court.example',
};
/** Values that fit the contract's patterns (language, court code, phone, PIN, ids, yuan, times, divisions). */
const PATTERN_SAMPLES = ['zh-CN', 'loanDate', 'risk.x', '粤0703', '13800138000', '730155', '10.00', '08:30', '440103', 'h01', 'filing', 'abc', 'a', '1'];

const deep = (levels: number): Json => {
  let value: Json = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

/** An own, enumerable "__proto__" key, as JSON.parse makes one: an object literal would set the prototype instead. */
const withKey = (base: Json, key: string, value: Json): Json =>
  Object.defineProperty({ ...(base as object) }, key, { value, enumerable: true, writable: true, configurable: true }) as Json;

const typesOf = (node: Node): string[] => (node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type]);
const branchesOf = (node: Node): Node[] => [...(node.anyOf ?? []), ...(node.oneOf ?? [])];

function patternSample(node: Node): string {
  let pattern: RegExp | null = null;
  try {
    pattern = node.pattern === undefined ? null : new RegExp(node.pattern, 'u');
  } catch {
    pattern = node.pattern === undefined ? null : new RegExp(node.pattern);
  }
  const fits = (text: string) => (pattern?.test(text) ?? true) && text.length >= (node.minLength ?? 0) && text.length <= (node.maxLength ?? Infinity);
  if (node.contentEncoding === 'base64') return 'iVBORw0KGgo=';
  const byFormat = node.format === undefined ? undefined : FORMAT_SAMPLES[node.format];
  if (byFormat !== undefined) return byFormat;
  return PATTERN_SAMPLES.find(fits) ?? 'a'.repeat(Math.max(1, node.minLength ?? 1));
}

const fitsRange = (node: Node, n: number): boolean =>
  n >= (node.minimum ?? -Infinity) && n <= (node.maximum ?? Infinity) && n > (node.exclusiveMinimum ?? -Infinity) && n < (node.exclusiveMaximum ?? Infinity);

/** A value meant to pass: the background a single fault is set in, so the fault is what the schema sees. */
export function sample(node: Node): Json {
  if (node.const !== undefined) return node.const;
  if (node.enum) return node.enum[0]!;
  const branches = branchesOf(node);
  if (branches.length > 0) return sample(branches.find((b) => !typesOf(b).includes('null')) ?? branches[0]!);
  if (node.allOf?.[0]) return sample(node.allOf[0]);
  const type = typesOf(node).find((t) => t !== 'null') ?? typesOf(node)[0];
  switch (type) {
    case 'object':
      return Object.fromEntries((node.required ?? []).map((key) => [key, sample(node.properties?.[key] ?? {})]));
    case 'array':
      return Array.from({ length: node.minItems ?? 0 }, () => sample(node.items ?? {}));
    case 'string':
      return patternSample(node);
    case 'integer':
    case 'number':
      return [0, 1, node.minimum ?? 0, Math.floor(node.exclusiveMinimum ?? 0) + 1].find((n) => fitsRange(node, n)) ?? 0;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'x';
  }
}

/** Values of the wrong kind for a node that expects `type`: arrays for objects, text for numbers, and so on. */
function wrongKinds(type: string | undefined): Json[] {
  switch (type) {
    case 'object':
      return [[], [{}], 'x', 0, null];
    case 'array':
      return [{}, { 0: 'x' }, 'x', null];
    case 'string':
      return [1, ['x'], { toString: 'x' }, null, true];
    case 'integer':
    case 'number':
      return ['1', '1e400', null, [1], true];
    case 'boolean':
      return ['true', 1, null];
    default:
      return [];
  }
}

/** The faults of this node itself: replacements for its whole value. */
function ownFaults(node: Node, depth: number): Json[] {
  const faults: Json[] = [];
  const types = typesOf(node);
  for (const type of types.length > 0 ? types : ['object']) faults.push(...wrongKinds(type));
  if (node.enum || node.const !== undefined) faults.push('notAnOption', String(sample(node)).toUpperCase(), '', 7);
  if (types.includes('string')) {
    const base = patternSample(node);
    if (node.maxLength !== undefined && node.maxLength < HUGE.length) faults.push(base + 'x'.repeat(node.maxLength + 1 - base.length));
    if ((node.minLength ?? 0) > 0 || node.pattern || node.format) faults.push('');
    faults.push(...SNEAKY.map((c) => base + c), '../../../etc/passwd', ` ${base} `);
    if (depth <= 2) faults.push(HUGE);
  }
  if (types.includes('integer') || types.includes('number')) {
    const low = node.minimum ?? node.exclusiveMinimum;
    const high = node.maximum ?? node.exclusiveMaximum;
    if (low !== undefined) faults.push(low - 1, low - 0.5);
    if (high !== undefined) faults.push(high + 1, high + 0.5);
    if (types.includes('integer')) faults.push(1.5, Number.MAX_SAFE_INTEGER + 2);
    faults.push(-1e21, 1e308);
  }
  if (types.includes('array') && node.maxItems !== undefined && node.maxItems <= 200) {
    faults.push(Array.from({ length: node.maxItems + 1 }, () => sample(node.items ?? {})));
  }
  if (types.includes('object')) {
    const base = sample(node);
    faults.push(
      withKey(base, '__proto__', { polluted: 'yes', isAdmin: true }),
      withKey(base, 'constructor', { prototype: { polluted: 'yes' } }),
      withKey(base, 'unexpected', 'extra'),
    );
  }
  if (depth === 0) faults.push(deep(NESTING), withKey(sample(node), 'nested', deep(NESTING)));
  return faults;
}

/** Every fault of a node: its own, then each part of it broken while the rest stays sound. */
function faultsOf(node: Node, depth: number): Json[] {
  const faults = ownFaults(node, depth);
  for (const branch of branchesOf(node)) faults.push(...faultsOf(branch, depth + 1));
  const properties = Object.entries(node.properties ?? {});
  if (properties.length > 0) {
    const base = sample(node) as Record<string, Json>;
    for (const key of node.required ?? []) faults.push(Object.fromEntries(Object.entries(base).filter(([name]) => name !== key)));
    for (const [key, child] of properties) for (const fault of faultsOf(child, depth + 1)) faults.push({ ...base, [key]: fault });
  }
  // A record: a key its names refuse, or a sound key with a broken value.
  if (typeof node.additionalProperties === 'object' && properties.length === 0) {
    const value = node.additionalProperties;
    faults.push({ 'Not A Key!': sample(value) }, { ['\u0000']: sample(value) });
    const key = node.propertyNames ? patternSample(node.propertyNames) : 'key';
    for (const fault of faultsOf(value, depth + 1)) faults.push({ [key]: fault });
  }
  if (node.items) for (const fault of faultsOf(node.items, depth + 1)) faults.push([fault]);
  return faults;
}

const asReceived = (payload: Json): unknown => (JSON.parse(JSON.stringify(payload)) as unknown) ?? {};

/**
 * At most `limit` payloads the schema refuses, spread over its fields (the whole value's own faults first).
 * Deterministic, so a failure names the same payload on every run.
 */
export function invalidPayloads(schema: z.ZodType, limit: number): Json[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
  const seen = new Set<string>();
  const refused = faultsOf(root, 0).filter((payload) => {
    const text = JSON.stringify(payload);
    if (seen.has(text)) return false;
    seen.add(text);
    return !schema.safeParse(asReceived(payload)).success;
  });
  if (refused.length <= limit) return refused;
  const own = ownFaults(root, 0).length;
  const head = refused.slice(0, Math.min(own, limit));
  const tail = refused.slice(head.length);
  const picks = limit - head.length;
  return [...head, ...Array.from({ length: picks }, (_, i) => tail[Math.floor((i * tail.length) / picks)]!)];
}
