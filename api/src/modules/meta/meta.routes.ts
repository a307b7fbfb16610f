import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAppMeta } from '@koers/shared/auth';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/demo-people.ts';

export type TMetaRoutesOptions = { demoData: boolean };

/** Public facts for the login page: the demo accounts, only while demo data is switched on. */
export const metaRoutes: FastifyPluginAsyncZod<TMetaRoutesOptions> = async (fastify, { demoData }) => {
  fastify.get(
    '/meta',
    {
      schema: {
        tags: ['meta'],
        operationId: 'getMeta',
        summary: 'Public facts the login page needs',
        response: { 200: ZAppMeta },
      },
    },
    async () => ({
      demoAccounts: demoData ? DEMO_ACCOUNTS.map(({ email, role, description }) => ({ email, role, description })) : [],
      demoPassword: demoData ? DEMO_PASSWORD : null,
    }),
  );
};
