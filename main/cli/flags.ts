// `--name value` flags for CLI commands; null when a flag is unknown or has no value.
export function parseFlags<K extends string>(args: string[], known: readonly K[]): Partial<Record<K, string>> | null {
  const flags: Partial<Record<K, string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]?.replace(/^--/, '') as K;
    const value = args[i + 1];
    if (!args[i]?.startsWith('--') || !known.includes(name) || value === undefined) return null;
    flags[name] = value;
  }
  return flags;
}
