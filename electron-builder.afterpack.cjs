// electron-builder afterPack hook: turns off the Electron features a kiosk never uses and an
// attacker with the disk would (Electron security checklist, "Electron fuses"). Not electron-builder's
// own `electronFuses` option because that fails on the stub Electron the packaging test packs.
const { readFile } = require('node:fs/promises');
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

// Every real Electron binary carries its fuse wire right after this marker (@electron/fuses).
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed kiosk binary into a general Node.js.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS and --inspect would let anyone at the machine inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only our app.asar, checked against the hash electron-builder embeds (Windows and macOS enforce
  // it; Linux ignores the fuse).
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The renderer loads from app://, so file:// needs none of its legacy privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The file holding the fuse wire, for the targets electron-builder.yml builds. */
function electronBinary({ appOutDir, electronPlatformName, packager }) {
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  throw new Error(`no fuse target for ${electronPlatformName}: add its Electron binary path to electron-builder.afterpack.cjs`);
}

exports.default = async function flipKioskFuses(context) {
  const binary = electronBinary(context);
  if (!(await readFile(binary)).includes(FUSE_SENTINEL)) {
    console.log(`  • skipping Electron fuses: ${path.basename(binary)} is not a real Electron binary (a stub dist?)`);
    return;
  }
  await flipFuses(binary, FUSES);
  console.log(`  • Electron fuses set on ${path.basename(binary)}`);
};
