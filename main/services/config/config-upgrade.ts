// Settings written by an older version, brought to today's names before they are validated: a
// terminal set up, or a config file exported, before a rename keeps its choices.
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Old service id → today's. The fee area was the service `payment` before it was named `fees`. */
const RENAMED_SERVICES: Readonly<Record<string, string>> = { payment: 'fees' };

/**
 * The same settings (a stored section set or a config.set patch) under today's names. A value
 * given under both names keeps today's: it was written by the newer version.
 */
export function upgradeConfig(settings: Record<string, unknown>): Record<string, unknown> {
  const services = settings.services;
  if (!isPlainObject(services)) return settings;
  const renamed: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(services)) {
    const today = RENAMED_SERVICES[id] ?? id;
    if (today === id || !(today in services)) renamed[today] = value;
  }
  return { ...settings, services: renamed };
}
