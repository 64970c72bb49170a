import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from disk by Electron (file://) and by the web shell, so every
// asset URL is relative ('./').
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    // Relative to root.
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // A local desktop app: one bundle read from disk, no network cost to split for.
    chunkSizeWarningLimit: 1500,
  },
});
