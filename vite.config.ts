import { defineConfig } from 'vite';

export default defineConfig({
  // PUBLIC_DIR lets a test build the app around another data folder (see scripts/build-data.ts DATA_OUT)
  publicDir: process.env.PUBLIC_DIR ?? 'public',
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
