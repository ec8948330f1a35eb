// Packs the app with electron-builder exactly as electron-builder.yml says, against a stub Electron
// (the real binary cannot be downloaded here), and checks the archive holds what the app reads at
// run time, keeps the native binding outside it, and that the packed app opens its database.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../unit/support/temp-kiosk';

const BUILD_OUTPUTS = ['build/main/index.js', 'build/preload/index.js', 'build/renderer/index.html'];
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
const SQLITE_BINDING = 'node_modules/sqlite3/build/Release/node_sqlite3.node';

const work = tempDir('kiosk-package-');
const stubDist = join(work.dir, 'electron-dist');
const out = join(work.dir, 'out');
const resources = join(out, 'linux-unpacked', 'resources');
const archive = join(resources, 'app.asar');
let builderLog: string;
let packed: Set<string>;

/** Every file under a repo folder, as the archive names it. */
const filesUnder = (folder: string): string[] =>
  readdirSync(join(REPO_ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));

beforeAll(() => {
  if (!BUILD_OUTPUTS.every((file) => existsSync(join(REPO_ROOT, file)))) execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  // For an unpacked electronDist, electron-builder copies the folder and renames `electron` to the
  // executable name; nothing else in it is required.
  mkdirSync(stubDist);
  writeFileSync(join(stubDist, 'electron'), '#!/bin/sh\necho "stub Electron: packaging test only" >&2\nexit 1\n');
  chmodSync(join(stubDist, 'electron'), 0o755);
  builderLog = execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      `-c.electronDist=${stubDist}`,
      `-c.electronVersion=${ELECTRON_VERSION}`,
      `-c.directories.output=${out}`,
      '--publish',
      'never',
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  packed = new Set(
    listPackage(archive, { isPack: false }).map((path) =>
      path
        .replace(/^[\\/]/, '')
        .split('\\')
        .join('/'),
    ),
  );
});
afterAll(() => work.remove());

describe('the packed app.asar', () => {
  it('holds the three bundles and the renderer page', () => {
    for (const file of BUILD_OUTPUTS) expect(packed).toContain(file);
  });

  it('holds every SQL migration and every locale file', () => {
    const needed = [...filesUnder('main/services/storage/migrations').filter((f) => f.endsWith('.sql')), ...filesUnder('resources/locales')];
    expect(needed.length).toBeGreaterThan(2);
    for (const file of needed) expect(packed).toContain(file);
  });

  it('starts Electron at the main bundle', () => {
    expect(packed).toContain('package.json');
    const pkg = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main: string; name: string };
    expect(pkg).toMatchObject({ name: 'court-kiosk', main: 'build/main/index.js' });
  });

  it('keeps sqlite3 binding outside the archive, where Electron can load it', () => {
    expect(existsSync(join(`${archive}.unpacked`, SQLITE_BINDING))).toBe(true);
  });

  it('leaves out the dependencies esbuild and Vite already bundled', () => {
    const modules = new Set([...packed].filter((p) => /^node_modules\/[^/]+$/.test(p)).map((p) => p.slice('node_modules/'.length)));
    expect([...modules].sort()).toEqual(['bindings', 'file-uri-to-path', 'sqlite3']);
  });

  it('skips the fuses, saying so, because the Electron it packed is a stub', () => {
    expect(builderLog).toContain('skipping Electron fuses');
  });
});

describe('the packed app', () => {
  it('opens its database from the packed migrations, resources and sqlite3', () => {
    // The CLI bundle runs in plain Node over the same files the kiosk reads at start.
    const app = join(work.dir, 'app');
    extractAll(archive, app);
    const data = join(work.dir, 'data');
    const printed = execFileSync(process.execPath, [join(app, 'build', 'main', 'cli.js'), 'config', 'get'], {
      encoding: 'utf8',
      env: { ...process.env, KIOSK_DATA_DIR: data },
    });
    const defaults = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'config', 'default-terminal.json'), 'utf8')) as { court: unknown };
    expect((JSON.parse(printed) as { court: unknown }).court).toEqual(defaults.court);
  });
});
