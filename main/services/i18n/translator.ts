// Translated text for Node-side output (CLI messages, later receipts), from the same locale files
// the renderer uses: a key "ns.path.to.key" is path.to.key in resources/locales/<lng>/ns.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

type Tree = { [key: string]: string | Tree };

export function createTranslator(localesDir: string, language: string, fallback = 'zh-CN'): Translate {
  const cache = new Map<string, Tree | null>();
  const namespace = (lng: string, ns: string): Tree | null => {
    const id = `${lng}/${ns}`;
    if (!cache.has(id)) {
      try {
        cache.set(id, JSON.parse(readFileSync(join(localesDir, lng, `${ns}.json`), 'utf8')) as Tree);
      } catch {
        cache.set(id, null);
      }
    }
    return cache.get(id)!;
  };
  const lookup = (lng: string, key: string): string | undefined => {
    const [ns = '', ...path] = key.split('.');
    let node: string | Tree | undefined = namespace(lng, ns) ?? undefined;
    for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  // i18next's plural keys (key_one, key_other), so the renderer's and the paper's wording can be the same.
  const plurals = new Intl.PluralRules(language);
  const find = (lng: string, key: string, count: unknown): string | undefined =>
    (typeof count === 'number' ? (lookup(lng, `${key}_${plurals.select(count)}`) ?? lookup(lng, `${key}_other`)) : undefined) ?? lookup(lng, key);
  return (key, values = {}) => {
    const text = find(language, key, values.count) ?? find(fallback, key, values.count) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in values ? String(values[name]) : `{{${name}}}`));
  };
}
