import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The browser build of the renderer (`npm run web`, Playwright). Electron builds the same renderer/index.html via electron-vite.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    // Seeds and other assets must stay files: CSP connect-src 'self' does not allow fetching data: URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2500,
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [import.meta.dirname] } },
});
