// The folder tree in the root README's "Architecture" section is how a newcomer draws the system, so
// it must match the code: every top-level and main/services/ folder in it, and nothing in it that is gone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/** Folders that are made by installing, building or testing, never by the code (.gitignore). */
function ignoredFolders(): Set<string> {
  const lines = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n');
  return new Set(lines.filter((l) => /^[\w.-]+\/$/.test(l.trim())).map((l) => l.trim().slice(0, -1)));
}

function subfolders(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => (dir ? `${dir}/${e.name}` : e.name));
}

/** The paths the README's tree names (folders end in '/'), built from its two-space indentation. */
function treePaths(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Architecture'));
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('no ```text folder tree under "## Architecture" in README.md');
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n').filter((l) => l.trim())) {
    const name = line.trim().split(/\s/)[0] ?? '';
    const depth = (line.length - line.trimStart().length) / 2;
    if (!Number.isInteger(depth) || depth > parents.length) throw new Error(`bad indentation in the README tree: "${line}"`);
    parents.length = depth;
    const path = [...parents, name].join('');
    paths.push(path);
    if (name.endsWith('/')) parents.push(name);
  }
  return paths;
}

describe('the README folder tree', () => {
  const paths = treePaths(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const folders = new Set(paths.filter((p) => p.endsWith('/')).map((p) => p.slice(0, -1)));

  it('names only folders and files that exist', () => {
    const missing = paths.filter((p) => !existsSync(join(ROOT, p)) || statSync(join(ROOT, p)).isDirectory() !== p.endsWith('/'));
    expect(missing).toEqual([]);
  });

  it('names every top-level folder', () => {
    const ignored = ignoredFolders();
    const topLevel = subfolders('').filter((f) => !ignored.has(f) && !f.startsWith('.'));
    expect(topLevel.filter((f) => !folders.has(f))).toEqual([]);
  });

  it('names every folder of main/services/', () => {
    expect(subfolders('main/services').filter((f) => !folders.has(f))).toEqual([]);
  });

  it('reads nested folders by their indentation', () => {
    const tree = '## Architecture\n\n```text\nmain/   x\n  services/  y\n    fees/  z\n  cli.ts\ntest/\n```\n';
    expect(treePaths(tree)).toEqual(['main/', 'main/services/', 'main/services/fees/', 'main/cli.ts', 'test/']);
  });
});
