import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

/** The browser build: the same renderer with the browser platform adapter (IndexedDB, file inputs). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  define: { __WERKBANK_PLATFORM__: JSON.stringify('browser') },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
