// Flows as data: a flow is a list of steps (id, title key, component, validation), run by the one
// FlowRunner, so every flow gets back / next / progress / drafts / idle-wipe the same way.
import { createElement, type ComponentType, type ReactElement } from 'react';
import type { ServiceId } from '../../../../contract';

/** Field name → i18n key saying what is wrong with it. */
export type FieldErrors = Record<string, string>;

export interface StepProps<V> {
  value: V;
  onChange(value: V): void;
  /** Shown once the litigant has pressed Next on this step; empty before. */
  errors: FieldErrors;
  /** The flow's title key, for steps that name the service. */
  flowTitleKey: string;
  /** Leaves the flow the way the header's home button does. */
  goHome(): void;
  /** Every step's value so far, read-only: for a step that depends on an earlier answer. */
  values: Readonly<Record<string, unknown>>;
  /**
   * Opens another (earlier) step, e.g. from a read-back to correct one answer; Next on that step
   * then comes straight back here instead of walking through every step in between.
   */
  goTo(stepId: string): void;
  /** Replaces every step's value with a saved draft's (resuming after a crash) and opens `stepId`. */
  restore(draft: Record<string, unknown>, stepId?: string): void;
  /** Moves on as Next would, for a step that moves on by itself (see StepDefinition.advancesItself). */
  next(): void;
}

export interface StepDefinition<V> {
  id: string;
  titleKey: string;
  Component: ComponentType<StepProps<V>>;
  initial: V;
  /** This step's part of a saved draft, or null when it doesn't fit (e.g. a draft from an older build). */
  fromDraft(saved: unknown): V | null;
  /** What stops Next; `values` are every step's, for a rule that depends on an earlier answer. */
  validate?(value: V, values: Readonly<FlowValues>): FieldErrors;
  /** Branching: the step is passed over (and not counted in the progress) while this holds. */
  skip?(values: Readonly<FlowValues>): boolean;
  /**
   * For the progress count: whether the step will be passed over whatever is still to be answered
   * (skip says only whether it is passed over with the answers so far). Defaults to skip.
   */
  surelySkipped?(values: Readonly<FlowValues>): boolean;
  /**
   * While this holds, the steps after this one are not known yet (a choice that picks a branch),
   * so the progress says which step this is and no total it would have to take back.
   */
  decidesWhatFollows?(value: V): boolean;
  /**
   * The step moves on by its own action — a choice tapped, a lookup or a payment answered — through
   * StepProps.next, so the runner shows no Next button that would do something else. A function
   * when that depends on the answers (a yes/no question moves on by itself, an amount does not).
   */
  advancesItself?: boolean | ((values: Readonly<FlowValues>) => boolean);
  /**
   * The step's work is done and kept (a request sent, a payment made, a receipt, a ticket): it is
   * no longer a step but a finished screen — no counter, no Back into a form whose changes would go
   * nowhere; Home (the bar's primary "finish") leaves without asking.
   */
  finished?(value: V): boolean;
  /** Still waiting for main (a check of the whole filing): Next shows busy, not ready to press. */
  pending?(value: V, values: Readonly<FlowValues>): boolean;
  /**
   * The part of the value the litigant entered, for whether leaving loses anything; defaults to the
   * whole value. A lookup's answer (a fee notice found) is not input: only the query typed is.
   */
  entered?(value: V): unknown;
}

/** A step with its value type erased, so one flow can hold steps of different shapes. */
export interface Step {
  id: string;
  titleKey: string;
  initial: unknown;
  fromDraft(saved: unknown): unknown;
  validate(value: unknown, values: Readonly<FlowValues>): FieldErrors;
  skip(values: Readonly<FlowValues>): boolean;
  surelySkipped(values: Readonly<FlowValues>): boolean;
  decidesWhatFollows(value: unknown): boolean;
  advancesItself(values: Readonly<FlowValues>): boolean;
  finished(value: unknown): boolean;
  pending(value: unknown, values: Readonly<FlowValues>): boolean;
  entered(value: unknown): unknown;
  render(props: StepProps<unknown>): ReactElement;
}

export function defineStep<V>(definition: StepDefinition<V>): Step {
  // The runner only ever hands a step the value that step's own initial/fromDraft/onChange produced.
  return {
    id: definition.id,
    titleKey: definition.titleKey,
    initial: definition.initial,
    fromDraft: (saved) => definition.fromDraft(saved),
    validate: (value, values) => definition.validate?.(value as V, values) ?? {},
    skip: (values) => definition.skip?.(values) ?? false,
    surelySkipped: (values) => (definition.surelySkipped ?? definition.skip)?.(values) ?? false,
    decidesWhatFollows: (value) => definition.decidesWhatFollows?.(value as V) ?? false,
    advancesItself: (values) => {
      const advances = definition.advancesItself ?? false;
      return typeof advances === 'function' ? advances(values) : advances;
    },
    finished: (value) => definition.finished?.(value as V) ?? false,
    pending: (value, values) => definition.pending?.(value as V, values) ?? false,
    entered: (value) => (definition.entered ? definition.entered(value as V) : value),
    render: (props) => createElement(definition.Component, props as StepProps<V>),
  };
}

export interface FlowDefinition {
  /** Also the draft's name in main. */
  id: ServiceId;
  titleKey: string;
  /** The last step ends the flow: it brings its own primary action (StepPrimaryAction) instead of Next. */
  steps: readonly [Step, ...Step[]];
  /** False for a flow whose answers are not kept in main as a draft (ID and bank card numbers typed for one lookup). */
  keepsDraft?: boolean;
}

export type FlowValues = Record<string, unknown>;

export const initialValues = (flow: FlowDefinition): FlowValues => Object.fromEntries(flow.steps.map((step) => [step.id, step.initial]));

/** A saved draft's values, step by step; whatever doesn't fit starts fresh. */
export function valuesFromDraft(flow: FlowDefinition, draft: Record<string, unknown>): FlowValues {
  const saved = (typeof draft.values === 'object' && draft.values !== null ? draft.values : {}) as Record<string, unknown>;
  return Object.fromEntries(flow.steps.map((step) => [step.id, step.fromDraft(saved[step.id]) ?? step.initial]));
}

/** The steps the litigant goes through with these answers, in order: the flow minus skipped ones. */
export const stepsFor = (flow: FlowDefinition, values: Readonly<FlowValues>): Step[] => flow.steps.filter((step) => !step.skip(values));

/**
 * Where the litigant is, for the header: this step's place among the steps still to come with these
 * answers, and how many there will be — null while an open choice decides what follows. A step not
 * yet surely passed over counts, so the total only ever shrinks as answers rule steps out.
 */
export function progressOf(flow: FlowDefinition, values: Readonly<FlowValues>, stepId: string): { current: number; total: number | null } {
  const counted = flow.steps.filter((step) => step.id === stepId || !step.surelySkipped(values));
  const current =
    Math.max(
      0,
      counted.findIndex((step) => step.id === stepId),
    ) + 1;
  const undecided = counted.slice(0, current).some((step) => step.decidesWhatFollows(values[step.id]));
  return { current, total: undecided ? null : counted.length };
}

/**
 * Whether the litigant has entered anything, i.e. whether leaving loses something: any step's entry
 * differs from what the flow opened with — its initial values, with what another flow handed over
 * (a filing receipt's number and ID at the fee desk), which the litigant did not type.
 */
export const hasInput = (flow: FlowDefinition, values: FlowValues, openedWith: FlowValues = initialValues(flow)): boolean =>
  flow.steps.some((step) => JSON.stringify(step.entered(values[step.id])) !== JSON.stringify(step.entered(openedWith[step.id])));
