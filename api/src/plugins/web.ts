import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { REPO_ROOT } from '../config.ts';

const WEB_DIST_DIR = path.join(REPO_ROOT, 'web', 'dist');

/**
 * Serves the built web app on the API's port, so one process and one port serve everything.
 * Any GET outside /api that is not a file gets index.html: the web app's router takes it from there.
 */
export default fp(
  async (fastify) => {
    if (!existsSync(path.join(WEB_DIST_DIR, 'index.html'))) {
      fastify.log.warn(`no built web app in ${WEB_DIST_DIR}; run "npm run build --workspace web"`);
      return;
    }
    await fastify.register(fastifyStatic, {
      root: WEB_DIST_DIR,
      wildcard: false,
      // The build writes .br and .gz copies beside each text file (web/vite.config.ts): sent to browsers
      // that accept them, so nothing is compressed per request.
      preCompressed: true,
      // Hashed assets never change; index.html must be revalidated to pick up a new build.
      setHeaders: (reply, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        // The same URL answers compressed or not, depending on Accept-Encoding; caches must keep both.
        reply.header('Vary', 'Accept-Encoding');
      },
    });
    fastify.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') return reply.callNotFound();
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'web' },
);
