import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TConfig } from './config.ts';
import { loggerOptions } from './logger.ts';
import dbPlugin from './plugins/db.ts';
import errorHandlerPlugin from './plugins/error-handler.ts';
import openapiPlugin from './plugins/openapi.ts';
import webPlugin from './plugins/web.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { instrumentRoutes } from './modules/instrument/instrument.routes.ts';
import { partnershipRoutes } from './modules/partnerships/partnerships.routes.ts';

export type AppOptions = {
  config: Pick<TConfig, 'env' | 'logLevel' | 'dbPoolSize'>;
  /** Where PostgreSQL is: DATABASE_URL, or the embedded server the caller started. */
  connectionString: string;
  serveWeb?: boolean;
};

export async function buildApp({ config, connectionString, serveWeb = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: any other body type answers 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  // External and cross-cutting plugins first, then the application's, then the routes.
  await app.register(errorHandlerPlugin);
  await app.register(openapiPlugin);
  await app.register(dbPlugin, { connectionString, poolSize: config.dbPoolSize });

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(partnershipRoutes, { prefix: '/api/partnerships' });
  await app.register(instrumentRoutes, { prefix: '/api/instrument' });

  if (serveWeb) await app.register(webPlugin);
  return app;
}
