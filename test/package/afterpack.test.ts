// The afterPack fuse hook on stand-in binaries: it flips exactly the risky fuses in a binary that
// carries a fuse wire, and leaves a stub without one untouched.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../unit/support/temp-kiosk';

type AfterPackContext = { appOutDir: string; electronPlatformName: string; packager: object };
const { default: flipKioskFuses } = createRequire(__filename)(join(REPO_ROOT, 'electron-builder.afterpack.cjs')) as {
  default: (context: AfterPackContext) => Promise<void>;
};

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped wire, one character per fuse in FuseV1Options order ('1' on, '0' off), plus a
// ninth fuse newer than our @electron/fuses knows, which must be left alone.
const SHIPPED_WIRE = '101100011';
// RunAsNode, NodeOptions, inspect args and file:// privileges off; asar integrity and asar-only on.
const KIOSK_WIRE = '000011001';

const work = tempDir('kiosk-fuses-');
afterAll(() => work.remove());

/** A stand-in Electron binary: some code bytes, the sentinel, version 1, the wire length, the wire. */
function fakeElectron(file: string): void {
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('\x7fELF code…'),
      Buffer.from(SENTINEL),
      Buffer.from([1, SHIPPED_WIRE.length]),
      Buffer.from(SHIPPED_WIRE),
      Buffer.from('…more code'),
    ]),
  );
}

const wireOf = (file: string): string => {
  const bytes = readFileSync(file);
  const start = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return bytes.subarray(start, start + SHIPPED_WIRE.length).toString('latin1');
};

describe('electron-builder.afterpack.cjs', () => {
  it('flips the risky fuses in the Linux executable', async () => {
    const binary = join(work.dir, 'court-kiosk');
    fakeElectron(binary);
    await flipKioskFuses({ appOutDir: work.dir, electronPlatformName: 'linux', packager: { executableName: 'court-kiosk' } });
    expect(wireOf(binary)).toBe(KIOSK_WIRE);
  });

  it('finds the Windows executable by the product file name', async () => {
    const binary = join(work.dir, '法院诉讼服务自助终端.exe');
    fakeElectron(binary);
    await flipKioskFuses({ appOutDir: work.dir, electronPlatformName: 'win32', packager: { appInfo: { productFilename: '法院诉讼服务自助终端' } } });
    expect(wireOf(binary)).toBe(KIOSK_WIRE);
  });

  it('leaves a stub without a fuse wire as it was', async () => {
    const stub = join(work.dir, 'stub');
    writeFileSync(join(stub), '#!/bin/sh\n');
    await flipKioskFuses({ appOutDir: work.dir, electronPlatformName: 'linux', packager: { executableName: 'stub' } });
    expect(readFileSync(stub, 'utf8')).toBe('#!/bin/sh\n');
  });
});
