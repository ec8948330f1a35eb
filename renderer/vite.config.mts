// The renderer build: one React app, served by the browser shell and loaded by Electron from build/renderer.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { keyboardData } from './src/keyboard/generate/vite-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react(), keyboardData()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../build/renderer', import.meta.url)),
    emptyOutDir: true,
    // Kiosk PCs are cheap; a source map costs nothing at run time and makes field reports readable.
    sourcemap: true,
    // The app is read from the kiosk's own disk, never over a network: one bundle is the fast choice.
    chunkSizeWarningLimit: 1024,
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
