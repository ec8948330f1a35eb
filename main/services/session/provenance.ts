// Which fields of a draft a save changed, by path (plaintiff.name, claims.0.amount): what assisted
// filing records as typed by the helper or by the litigant. Leaves only: a whole object is not a field.
type Leaves = Map<string, string>;

function leaves(value: unknown, path: string, into: Leaves): Leaves {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) leaves(child, path === '' ? key : `${path}.${key}`, into);
  } else if (path !== '') {
    into.set(path, JSON.stringify(value ?? null));
  }
  return into;
}

export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): { changed: string[]; removed: string[] } {
  const old = leaves(before, '', new Map());
  const now = leaves(after, '', new Map());
  return {
    changed: [...now].filter(([path, value]) => old.get(path) !== value).map(([path]) => path),
    removed: [...old.keys()].filter((path) => !now.has(path)),
  };
}
