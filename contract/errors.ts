// Errors cross the boundary as values, never as stack traces.
import { z } from 'zod';

export const KioskErrorShape = z.object({
  code: z.string(),
  messageKey: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type KioskErrorShape = z.infer<typeof KioskErrorShape>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: KioskErrorShape };
