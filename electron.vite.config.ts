import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // The import worker is its own entry so worker threads can start it from out/main/importWorker.js.
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          importWorker: resolve(root, 'electron/main/import/importWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads can only require('electron'): one self-contained CommonJS file (package.json says "type": "module").
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
