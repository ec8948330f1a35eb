// The locale files and the renderer's use of them: every language has every key zh-CN has (and
// no others), plurals are complete, every key the code names exists, and no component shows a
// literal string instead of a translation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../..');
const LOCALES = join(ROOT, 'resources', 'locales');
const SOURCE_LANGUAGE = 'zh-CN';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/**
 * Namespaces only main's own translator renders (main/services/i18n/translator.ts): it has no
 * plural rules, so {{count}} there is plain interpolation and no _one/_other forms are expected.
 */
const NODE_RENDERED_NAMESPACES = new Set(['receipts']);

type Tree = { [key: string]: string | Tree };

/** "ns.path.to.key" → text, as main's translator and the renderer's i18next read them. */
function catalogue(language: string): Map<string, string> {
  const keys = new Map<string, string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [name, value] of Object.entries(tree)) {
      if (typeof value === 'string') keys.set(`${prefix}.${name}`, value);
      else walk(value, `${prefix}.${name}`);
    }
  };
  for (const file of readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Tree, file.replace(/\.json$/, ''));
  }
  return keys;
}

const languages = readdirSync(LOCALES).filter((entry) => statSync(join(LOCALES, entry)).isDirectory());
const catalogues = new Map(languages.map((language) => [language, catalogue(language)]));
const source = catalogues.get(SOURCE_LANGUAGE)!;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const baseKeys = (keys: Map<string, string>) => [...new Set([...keys.keys()].map(baseKey))].sort();
const namespaces = new Set([...source.keys()].map((key) => key.split('.')[0]!));

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => join(dir, file));
}

const parse = (file: string, text = readFileSync(file, 'utf8')) =>
  ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

const where = (node: ts.Node) => {
  const file = node.getSourceFile();
  return `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

const isText = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

describe('locale folders', () => {
  it('include the source language and at least one other', () => {
    expect(languages).toContain(SOURCE_LANGUAGE);
    expect(languages.length).toBeGreaterThan(1);
  });

  it.each(languages)('%s has the same namespaces as zh-CN', (language) => {
    const files = (lng: string) => readdirSync(join(LOCALES, lng)).sort();
    expect(files(language)).toEqual(files(SOURCE_LANGUAGE));
  });

  it.each(languages)('%s has exactly the keys zh-CN has', (language) => {
    expect(baseKeys(catalogues.get(language)!)).toEqual(baseKeys(source));
  });

  it.each(languages)('%s names itself for the language switch', (language) => {
    expect(catalogues.get(language)!.get('language.nativeName')).toMatch(/\S/);
  });

  it.each(languages)('%s has no empty texts', (language) => {
    const empty = [...catalogues.get(language)!].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  // The bundled fonts are Chinese ones: they draw curly quotes and apostrophes full-width, so
  // “Next” and plaintiff’s show gaps in Latin text. Chinese text keeps its own “”.
  it.each(languages.filter((language) => !language.startsWith('zh')))('%s quotes with straight marks the bundled fonts draw narrow', (language) => {
    const curly = [...catalogues.get(language)!].filter(([, text]) => /[‘’“”]/.test(text)).map(([key]) => key);
    expect(curly).toEqual([]);
  });

  it.each(languages)('%s gives every plural form its language needs wherever {{count}} is used', (language) => {
    const keys = catalogues.get(language)!;
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const problems: string[] = [];
    for (const [key, text] of keys) {
      if (NODE_RENDERED_NAMESPACES.has(key.split('.')[0]!)) continue;
      if (text.includes('{{count}}') && !PLURAL_SUFFIX.test(key))
        problems.push(`${key} uses {{count}} but is not a plural form (${categories.map((c) => `_${c}`).join(', ')})`);
    }
    for (const base of new Set([...keys.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey))) {
      for (const category of categories) if (!keys.has(`${base}_${category}`)) problems.push(`${base}_${category} is missing`);
    }
    expect(problems).toEqual([]);
  });
});

/** Whether a key, as the code names it, resolves in zh-CN (directly or as plural forms). */
const exists = (key: string) => source.has(key) || [...source.keys()].some((k) => PLURAL_SUFFIX.test(k) && baseKey(k) === key);
const looksLikeKey = (text: string) => /^[a-zA-Z]+\.[A-Za-z0-9_.]+$/.test(text) && namespaces.has(text.split('.')[0]!);
/** Contract method and event names ("helper.call") read like keys; these calls take them. */
const KIOSK_CALL = /^(callKiosk|useKiosk|useKioskEvent|invoke|on)$/;
const isKioskCallName = (node: ts.Node) =>
  (ts.isCallExpression(node.parent) && node.parent.arguments[0] === node && KIOSK_CALL.test(node.parent.expression.getText().split('.').at(-1) ?? '')) ||
  // A method named in a type (MethodOutput<'staff.roster'>) is never shown.
  ts.isLiteralTypeNode(node.parent);

/**
 * Keys the code names: every string that reads "namespace.path" for a namespace we have, and
 * every t(`…${x}…`) template, which must match at least one key.
 */
function keysNamedIn(files: string[]): { key: string; at: string; pattern?: RegExp }[] {
  const found: { key: string; at: string; pattern?: RegExp }[] = [];
  for (const file of files) {
    visit(parse(file), (node) => {
      if (isText(node) && looksLikeKey(node.text) && !isKioskCallName(node)) found.push({ key: node.text, at: where(node) });
      if (ts.isCallExpression(node) && /(^|\.)t$/.test(node.expression.getText()) && node.arguments[0] && ts.isTemplateExpression(node.arguments[0])) {
        const template = node.arguments[0];
        const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern = new RegExp(`^${escape(template.head.text)}${template.templateSpans.map((span) => `[\\w]+${escape(span.literal.text)}`).join('')}$`);
        found.push({ key: template.getText(), at: where(template), pattern });
      }
    });
  }
  return found;
}

describe('keys used in code', () => {
  it('every key the renderer names exists in zh-CN', () => {
    const used = keysNamedIn(sourceFiles(join(ROOT, 'renderer', 'src'), /\.tsx?$/));
    expect(used.length).toBeGreaterThan(20);
    const missing = used.filter(({ key, pattern }) => (pattern ? ![...source.keys()].some((k) => pattern.test(baseKey(k))) : !exists(key)));
    expect(missing.map(({ key, at }) => `${at} ${key}`)).toEqual([]);
  });

  it('every errors.* key main sends to the screen exists in zh-CN', () => {
    const used = keysNamedIn([...sourceFiles(join(ROOT, 'main'), /\.ts$/), ...sourceFiles(join(ROOT, 'preload'), /\.ts$/)]).filter(({ key }) =>
      key.startsWith('errors.'),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter(({ key }) => !exists(key)).map(({ key, at }) => `${at} ${key}`)).toEqual([]);
  });
});

/** Props a person reads or hears; their value must come from t(), never be written in the component. */
const READ_PROPS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const HAS_WORDS = /[\p{L}]/u;

/** Literal user-visible text in a .tsx file: JSX text, {'text'} children and readable props. */
function literalTexts(file: string, text?: string): string[] {
  const hits: string[] = [];
  visit(parse(file, text), (node) => {
    if (ts.isJsxText(node) && HAS_WORDS.test(node.text)) hits.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxExpression(node) && node.expression && isText(node.expression) && HAS_WORDS.test(node.expression.text) && !ts.isJsxAttribute(node.parent)) {
      hits.push(`${where(node)} text "${node.expression.text}"`);
    }
    if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && isText(value) && HAS_WORDS.test(value.text)) hits.push(`${where(node)} ${node.name.getText()}="${value.text}"`);
    }
  });
  return hits;
}

describe('components', () => {
  it('the literal-text check finds what it must', () => {
    const sample = `export const A = () => <p title="Close" aria-label={'关闭'}>你好 {'world'}<b>{t('ok')}</b> 1 </p>;`;
    expect(literalTexts('sample.tsx', sample)).toEqual([
      'sample.tsx:1 title="Close"',
      'sample.tsx:1 aria-label="关闭"',
      'sample.tsx:1 text "你好"',
      'sample.tsx:1 text "world"',
    ]);
  });

  it('render no literal user-visible strings', () => {
    const files = sourceFiles(join(ROOT, 'renderer', 'src'), /\.tsx$/);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => literalTexts(file))).toEqual([]);
  });
});
