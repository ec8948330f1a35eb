// Why the hub refuses a law-data package, as data the console can say in words: which part, where in
// it, and a reason from a fixed list (its text lives in the console's locale files, packages.reasons).
// The checker's own words, often English and technical, go along as `detail` for whoever needs them.
import type { z } from 'zod';
import { HubError } from './hub-error';

export const REFUSAL_REASONS = [
  'empty',
  'unknownPart',
  'unknownField',
  'missing',
  'wrongType',
  'tooFew',
  'tooMany',
  'tooSmall',
  'tooBig',
  'date',
  'format',
  'notAllowed',
  'datesMustRise',
  'failsCheck',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface PackageRefusal {
  /** The package part it concerns (lprOneYear, fees…), or null for the package as a whole. */
  part: string | null;
  /** Where inside the part: keys and row indexes (counted from 0), outermost first. */
  at: (string | number)[];
  reason: RefusalReason;
  /** Names the reason is about: unknown parts or fields. */
  names?: string[];
  detail: string;
}

export const packageRefused = (refusal: PackageRefusal) => new HubError(400, 'BAD_PACKAGE', 'errors.badPackage', { ...refusal });

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);

function reasonOf(issue: z.core.$ZodIssue, content: unknown): RefusalReason {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(content, issue.path) === undefined ? 'missing' : 'wrongType';
    case 'too_small':
      return issue.origin === 'array' ? 'tooFew' : 'tooSmall';
    case 'too_big':
      return issue.origin === 'array' ? 'tooMany' : 'tooBig';
    case 'invalid_format':
      return issue.format === 'date' ? 'date' : 'format';
    case 'unrecognized_keys':
      return issue.path.length === 0 ? 'unknownPart' : 'unknownField';
    default:
      return 'notAllowed';
  }
}

/** The first problem the package schema found in `content`, as a refusal. */
export function schemaRefusal(issue: z.core.$ZodIssue, content: unknown): HubError {
  const [part, ...at] = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  return packageRefused({
    part: part === undefined ? null : String(part),
    at,
    reason: reasonOf(issue, content),
    ...(issue.code === 'unrecognized_keys' ? { names: issue.keys } : {}),
    detail: issue.message,
  });
}
