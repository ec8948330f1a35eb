// Time as a dependency, so tests can move it; no service calls Date.now() itself.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
