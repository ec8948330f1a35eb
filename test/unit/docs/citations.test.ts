// Code, data and READMEs cite the design and the legal rules as `docs/DESIGN.md §n` and
// `docs/RULES.md §n`: every such cite must name a section that exists, and no cite may point
// outside the repository, so a reader can always follow one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SKIP = new Set(['node_modules', 'build', 'dist', 'test-results', 'playwright-report', 'artifacts', '.git', 'locales']);
const TEXT = /\.(ts|tsx|mts|mjs|cjs|json|md|sql|css)$/;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return textFiles(path);
    return e.isFile() && TEXT.test(e.name) ? [path] : [];
  });
}

/** The numbered sections of a doc: "## 3. The two shells" gives 3. */
function sections(doc: string): Set<number> {
  const text = readFileSync(join(ROOT, 'docs', doc), 'utf8');
  return new Set([...text.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));
}

describe('cites of docs/DESIGN.md and docs/RULES.md', () => {
  const files = textFiles(ROOT).map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
  const known = { DESIGN: sections('DESIGN.md'), RULES: sections('RULES.md') };

  it('name sections that exist', () => {
    const broken = files.flatMap(({ file, text }) =>
      [...text.matchAll(/docs\/(DESIGN|RULES)\.md §(\d+)(?:[–-](\d+))?/g)]
        .filter((m) => {
          const doc = m[1] as keyof typeof known;
          const first = Number(m[2]);
          const last = m[3] === undefined ? first : Number(m[3]);
          return Array.from({ length: last - first + 1 }, (_, i) => first + i).some((n) => !known[doc].has(n));
        })
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(broken).toEqual([]);
  });

  it('all lead into docs/', () => {
    const outside = files.flatMap(({ file, text }) =>
      [...text.matchAll(/(?<![\w/.])(?:RULES|DESIGN) §\d+|shared\/(?:domain\/)?(?:RULES|DESIGN)\.md/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(outside).toEqual([]);
  });
});
