// THE API between the renderer and main: every method and event, with its zod schemas.
// Both shells (Electron IPC, browser HTTP) are generated from this table; nothing else lists channels.
// Each domain declares its shapes, methods and events in contract/<domain>.ts; this file joins them into
// the one table, refusing a name declared twice.
import type { z } from 'zod';
import { adminMethods } from './admin';
import { auditMethods } from './audit';
import { casesMethods } from './cases';
import { catalogueMethods } from './catalogue';
import { configEvents, configMethods } from './config';
import { deskMethods } from './desk';
import { devicesMethods } from './devices';
import type { Envelope } from './errors';
import { evidenceMethods } from './evidence';
import { feesEvents, feesMethods } from './fees';
import { filingMethods } from './filing';
import { hubMethods } from './hub';
import { mediationMethods } from './mediation';
import type { Access } from './method';
import { printEvents, printMethods } from './print';
import { queueEvents, queueMethods } from './queue';
import { riskMethods } from './risk';
import { sessionMethods } from './session';
import { staffMethods } from './staff';
import { syncEvents, syncMethods } from './sync';

export * from './admin';
export * from './audit';
export * from './cases';
export * from './catalogue';
export * from './config';
export * from './countries.data';
export * from './desk';
export * from './devices';
export * from './errors';
export * from './evidence';
export * from './fees';
export * from './filing';
export * from './hub';
export * from './id-documents.data';
export * from './mediation';
export * from './method';
export * from './print';
export * from './queue';
export * from './risk';
export * from './session';
export * from './shapes';
export * from './staff';
export * from './sync';

type Joined<T> = (T extends unknown ? (table: T) => void : never) extends (table: infer All) => void ? { [K in keyof All]: All[K] } : never;

/** One table from the domains' tables; a name in two of them is a mistake caught when the app loads. */
function join<T extends Record<string, unknown>>(kind: string, tables: T[]): Joined<T> {
  const joined: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (name in joined) throw new Error(`contract ${kind} ${name} is declared twice`);
      joined[name] = entry;
    }
  }
  return joined as Joined<T>;
}

// ---------------------------------------------------------------------------------------------
// Methods, renderer → main

export const methods = join('method', [
  configMethods,
  sessionMethods,
  staffMethods,
  auditMethods,
  catalogueMethods,
  riskMethods,
  filingMethods,
  devicesMethods,
  evidenceMethods,
  mediationMethods,
  feesMethods,
  casesMethods,
  syncMethods,
  queueMethods,
  deskMethods,
  printMethods,
  adminMethods,
  hubMethods,
]);

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const accessOf = (name: MethodName): Access => methods[name].access;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

// ---------------------------------------------------------------------------------------------
// Events, main → renderer

export const events = join('event', [configEvents, feesEvents, printEvents, syncEvents, queueEvents]);

export type Events = typeof events;
export type EventName = keyof Events;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export type EventPayload<E extends EventName> = z.output<Events[E]>;

// ---------------------------------------------------------------------------------------------
// window.kiosk: what both preloads install, and all the renderer ever sees of main.

export interface KioskBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodOutput<M>>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
