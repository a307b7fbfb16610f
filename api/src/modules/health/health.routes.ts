import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const ZHealth = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Liveness never touches the database; readiness needs PostgreSQL and every migration applied. */
export const healthRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/livez',
    {
      schema: {
        tags: ['health'],
        operationId: 'checkLiveness',
        summary: 'Liveness: the process answers',
        response: { 200: ZHealth },
      },
    },
    async () => ({
      status: 'ok' as const,
    }),
  );

  fastify.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        operationId: 'checkReadiness',
        summary: 'Readiness: PostgreSQL answers and every migration is applied',
        response: { 200: ZHealth, 503: ZHealth },
      },
    },
    async (_request, reply) => {
      if (await fastify.isDatabaseReady()) return { status: 'ok' as const };
      return reply
        .code(503)
        .header('Retry-After', '5')
        .send({ status: 'unavailable' as const });
    },
  );
};
