// What the fee desk's steps share: the path chosen at the desk, which decides the steps that follow,
// and how a step reads a value back, since the desk keeps no draft.
import type { FlowValues, StepProps } from '../stepper/flow';

export type FeeDeskPath = 'estimate' | 'pay' | 'refund' | 'relief';

/** The path chosen at the desk's first step, or null before a choice. */
export const deskPath = (values: Readonly<FlowValues>): FeeDeskPath | null => (values.desk as FeeDeskPath | null | undefined) ?? null;

/** Steps of one path are passed over, and not counted, while another path (or none) is chosen. */
export const onPath = (path: FeeDeskPath) => (values: Readonly<FlowValues>) => deskPath(values) !== path;

/**
 * A step's value as restore hands it back. The desk keeps no draft (keepsDraft: false), so the only
 * values restored are this visit's own, passed in by openStep.
 */
export const sameValue =
  <V>(initial: V) =>
  (saved: unknown): V =>
    saved === undefined ? initial : (saved as V);

/**
 * Opens another step of the desk, setting some steps' values first: a screen's own way back or a
 * refusal sent back to the screen of the field it is about. Unlike goTo, Next then goes on as usual.
 */
export const openStep = (props: StepProps<unknown>, stepId: string, changed: FlowValues = {}) =>
  props.restore({ values: { ...props.values, ...changed } }, stepId);
