// The contract's handler table, assembled from one set per domain (fees/fee-handlers.ts,
// tickets/ticket-handlers.ts, …). Each method is answered in exactly one place: a name defined by two
// sets, or a method no set answers, is refused when the kiosk starts — and already by tsc.
import type { z } from 'zod';
import { METHOD_NAMES, type MethodName, type MethodOutput, type Methods } from '../../contract';
import type { CallContext } from './staff/caller';

/**
 * A handler may take the call's context (who is calling) as a second argument; code in main that
 * calls a handler directly leaves it out and acts as the operator (OPERATOR_CALL).
 */
export type Handler<M extends MethodName> = (input: z.output<Methods[M]['input']>, context?: CallContext) => Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers one domain answers for. */
export type HandlerSet<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

/** Types a domain's set from the contract, keeping which methods it answers (for combineHandlers' checks). */
export const handlerSet = <M extends MethodName>(set: HandlerSet<M>): HandlerSet<M> => set;

type KeysOf<Sets extends readonly object[]> = Sets[number] extends infer Set ? (Set extends object ? keyof Set : never) : never;
/** Names two or more sets define, walking the tuple of sets left to right. */
type Overlap<Sets extends readonly object[], Seen = never> = Sets extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? (keyof First & Seen) | Overlap<Rest, Seen | keyof First>
  : never;
type Complete<Sets extends readonly object[]> = [Exclude<MethodName, KeysOf<Sets>>] extends [never]
  ? [Overlap<Sets>] extends [never]
    ? Sets
    : { definedTwice: Overlap<Sets> }
  : { unanswered: Exclude<MethodName, KeysOf<Sets>> };

/** Joins the domains' sets into the one table; refuses a name defined twice and a contract method left out. */
export function combineHandlers<const Sets extends readonly Partial<Handlers>[]>(...sets: Sets & Complete<Sets>): Handlers {
  const table: Partial<Record<MethodName, unknown>> = {};
  for (const set of sets as readonly Partial<Handlers>[]) {
    for (const name of Object.keys(set) as MethodName[]) {
      if (name in table) throw new Error(`contract method ${name} has two handlers`);
      if (!METHOD_NAMES.includes(name)) throw new Error(`handler ${name} answers no contract method`);
      table[name] = set[name];
    }
  }
  const unanswered = METHOD_NAMES.filter((name) => !(name in table));
  if (unanswered.length > 0) throw new Error(`contract methods without a handler: ${unanswered.join(', ')}`);
  return table as Handlers;
}
