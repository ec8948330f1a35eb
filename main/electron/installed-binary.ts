// Where Electron's binary is, if it is installed. Asked of the files, never of require('electron'):
// since Electron 45 that require downloads a missing binary, which our build machines cannot do.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function installedElectronBinary(appRoot: string): string | null {
  const pkg = join(appRoot, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
