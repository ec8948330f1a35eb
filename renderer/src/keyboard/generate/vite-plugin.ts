// Build time: serves the keyboard's generated data as virtual modules, so the pinyin dictionary,
// the handwriting strokes and the division table are made from their sources on every build.
// The renderer imports both with import(), which makes each its own chunk, loaded on first use.
import type { Plugin } from 'vite';
import { buildImeData } from './dictionary';
import { buildDivisions } from './divisions';
import { buildStrokeTable } from './strokes';

const MODULES: Record<string, () => string> = {
  'virtual:kiosk/divisions': () => `export default ${JSON.stringify(buildDivisions())};`,
  'virtual:kiosk/handwriting': () => `export default ${JSON.stringify(buildStrokeTable())};`,
  'virtual:kiosk/ime-dictionary': () => `export default ${JSON.stringify(buildImeData())};`,
};

// Rollup's convention: a leading NUL marks an id no other plugin should try to read from disk.
const RESOLVED = '\0';

export function keyboardData(): Plugin {
  return {
    name: 'kiosk-keyboard-data',
    resolveId: (id) => (id in MODULES ? RESOLVED + id : null),
    load: (id) => (id.startsWith(RESOLVED) ? (MODULES[id.slice(RESOLVED.length)]?.() ?? null) : null),
  };
}
