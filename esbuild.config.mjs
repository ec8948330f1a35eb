// Bundles the Node-side entry points (Electron main and preload, browser shell launcher, CLI) into
// build/. electron and sqlite3 stay external: Electron provides the one, the other is native.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, external: ['electron', 'sqlite3'], logLevel: 'warning' };

await build({
  ...common,
  entryPoints: { 'main/index': 'main/electron/index.ts', 'main/start': 'main/start.ts', 'main/cli': 'main/cli.ts' },
  outdir: 'build',
});
// Sandboxed preloads may require only 'electron', so everything else is bundled in.
await build({ ...common, entryPoints: { 'preload/index': 'preload/index.ts' }, outdir: 'build' });
