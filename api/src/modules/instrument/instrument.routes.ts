import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZInstrumentDraft,
  ZInstrumentVersion,
  ZInstrumentVersionParams,
  ZInstrumentVersionSummary,
} from '@koers/shared/instrument';
import { can } from '@koers/shared/policy';
import { NotFoundError } from '../../errors.ts';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createInstrumentService } from './instrument.service.ts';

/**
 * The questionnaire: published versions are public (invited respondents without an account fill them in,
 * and the questions are no secret); admins draft and publish new versions.
 */
export const instrumentRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const service = createInstrumentService(fastify.db);
  const signedIn = { onRequest: fastify.authenticate };
  const tags = ['instrument'];

  fastify.get(
    '/current',
    {
      schema: {
        tags,
        operationId: 'getCurrentInstrument',
        summary: 'The questionnaire in use: the newest published version with its themes and indicators',
        response: { 200: ZInstrumentVersion },
      },
    },
    async () => service.get('current'),
  );

  fastify.get(
    '/versions',
    {
      ...signedIn,
      schema: {
        tags,
        operationId: 'listInstrumentVersions',
        summary: 'Every version, newest first',
        response: { 200: z.object({ items: z.array(ZInstrumentVersionSummary) }) },
      },
    },
    async (request) => {
      const items = await service.list();
      // A draft is work in progress of the admins.
      return {
        items: can(actorOf(request).access, 'platform:manage') ? items : items.filter((v) => v.status !== 'draft'),
      };
    },
  );

  fastify.post(
    '/versions',
    {
      config: { access: { platform: 'platform:manage' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'createInstrumentVersion',
        summary: 'Draft the next version (admin)',
        body: ZInstrumentDraft,
        response: { 201: ZInstrumentVersion },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createDraft(contextOf(request), request.body)),
  );

  fastify.get(
    '/versions/:version',
    {
      schema: {
        tags,
        operationId: 'getInstrumentVersion',
        summary: 'One version of the questionnaire',
        params: ZInstrumentVersionParams,
        response: { 200: ZInstrumentVersion },
      },
    },
    async (request) => {
      const version = await service.get(request.params.version);
      // A draft is work in progress of the admins; published versions are for everyone.
      if (version.status === 'draft' && !can(request.actor?.access, 'platform:manage')) {
        throw new NotFoundError('Instrument version');
      }
      return version;
    },
  );

  fastify.put(
    '/versions/:version',
    {
      config: { access: { platform: 'platform:manage' } },
      ...signedIn,
      schema: {
        tags,
        operationId: 'updateInstrumentVersion',
        summary: 'Edit a draft version (admin); a published version is in use and cannot change (409)',
        params: ZInstrumentVersionParams,
        body: ZInstrumentDraft,
        response: { 200: ZInstrumentVersion },
      },
    },
    async (request) => service.updateDraft(contextOf(request), request.params.version, request.body),
  );

  fastify.post(
    '/versions/:version/publication',
    {
      ...signedIn,
      schema: {
        tags,
        operationId: 'publishInstrumentVersion',
        summary: 'Publish a draft: new assessments use it, earlier assessments keep theirs (admin)',
        params: ZInstrumentVersionParams,
        response: { 200: ZInstrumentVersion },
      },
    },
    async (request) => service.publish(contextOf(request), request.params.version),
  );
};
