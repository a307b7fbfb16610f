import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

/** Below this, compressing saves less than a network packet. */
const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the build. The API serves them
 * to browsers that accept them (@fastify/static `preCompressed`): compressed once, at the highest level,
 * instead of on every request.
 */
function precompress(): Plugin {
  return {
    name: 'koers:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg)$/.test(fileName)) continue;
        const file = path.join(outDir, fileName);
        const source = await readFile(file);
        if (source.length < PRECOMPRESS_MIN_BYTES) continue;
        await writeFile(`${file}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        await writeFile(`${file}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

// Test settings live in the root vitest.config.ts, which extends this file for the web project.
export default defineConfig({
  // Pinned so `vite` behaves the same whether started from the repository root or from web/.
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort()}` } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json maps every source module to its chunk and static imports: the bundle
    // budget check (test/budget) reads what each route loads from it.
    manifest: true,
  },
});
