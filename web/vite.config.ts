import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const DEFAULT_API_PORT = 3000;

function apiPort(): number {
  const raw = process.env.KOERS_API_PORT;
  if (raw === undefined || raw === '') return DEFAULT_API_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`KOERS_API_PORT must be a port number (1-65535), got "${raw}"`);
  }
  return port;
}

// Test settings live in the root vitest.config.ts, which extends this file for the web project.
export default defineConfig({
  // Pinned so `vite` behaves the same whether started from the repository root or from web/.
  root: import.meta.dirname,
  plugins: [react()],
  server: {
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort()}` } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
