import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZFlagParams } from '@koers/shared/follow-up';
import {
  ZContactRequest,
  ZContactRequestAnswer,
  ZContactRequestCreate,
  ZContactRequestList,
  ZContactRequestParams,
  ZNetworkPortrait,
  ZNetworkQuery,
  ZOwnPortrait,
  ZPeerSuggestion,
  ZPortraitUpdate,
} from '@koers/shared/network';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { actorOf, contextOf } from '../auth/authorize.ts';
import { createPeerContactService } from './peer-contact.service.ts';
import { createPortraitService } from './portraits.service.ts';

/** The learning network: network portraits, suggestions of peers for a flag, and contact requests. */
export const networkRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const portraits = createPortraitService(fastify.db);
  const peerContact = createPeerContactService(fastify.db);
  fastify.addHook('onRequest', fastify.authenticate);
  const tags = ['network'];

  fastify.get(
    '/network/portraits',
    {
      config: { access: { platform: 'network:read' } },
      schema: {
        tags,
        operationId: 'listNetworkPortraits',
        summary: 'The published network portraits, by scenario, sector and theme offered',
        querystring: ZNetworkQuery,
        response: { 200: z.object({ items: z.array(ZNetworkPortrait) }) },
      },
    },
    async (request) => ({ items: await portraits.list(actorOf(request), request.query) }),
  );

  fastify.get(
    '/network/portraits/:partnershipId',
    {
      config: { access: { platform: 'network:read' } },
      schema: {
        tags,
        operationId: 'getNetworkPortrait',
        summary: 'One published network portrait',
        params: ZPartnershipParams,
        response: { 200: ZNetworkPortrait },
      },
    },
    async (request) => portraits.published(actorOf(request), request.params.partnershipId),
  );

  fastify.get(
    '/partnerships/:partnershipId/portrait',
    {
      config: { access: { partnership: 'partnership:read', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'getOwnPortrait',
        summary: 'A partnership’s own network portrait, published or draft (null until written)',
        params: ZPartnershipParams,
        response: { 200: ZOwnPortrait },
      },
    },
    async (request) => portraits.own(actorOf(request), request.params.partnershipId),
  );

  fastify.put(
    '/partnerships/:partnershipId/portrait',
    {
      config: { access: { partnership: 'portrait:write', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'savePortrait',
        summary: 'Write the network portrait (programme manager); publishing is a separate step',
        params: ZPartnershipParams,
        body: ZPortraitUpdate,
        response: { 200: ZOwnPortrait },
      },
    },
    async (request) => portraits.save(contextOf(request), request.params.partnershipId, request.body),
  );

  fastify.put(
    '/partnerships/:partnershipId/portrait/publication',
    {
      config: { access: { partnership: 'portrait:write', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'publishPortrait',
        summary: 'Publish the network portrait to everyone in the network (programme manager)',
        params: ZPartnershipParams,
        response: { 200: ZOwnPortrait },
      },
    },
    async (request) => portraits.setPublished(contextOf(request), request.params.partnershipId, true),
  );

  fastify.delete(
    '/partnerships/:partnershipId/portrait/publication',
    {
      config: { access: { partnership: 'portrait:unpublish', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'unpublishPortrait',
        summary: 'Take the network portrait off the network (programme manager or admin)',
        params: ZPartnershipParams,
        response: { 200: ZOwnPortrait },
      },
    },
    async (request) => portraits.setPublished(contextOf(request), request.params.partnershipId, false),
  );

  fastify.get(
    '/flags/:flagId/peer-suggestions',
    {
      config: { access: { partnership: 'partnership:read', of: 'flag' } },
      schema: {
        tags,
        operationId: 'listPeerSuggestions',
        summary: 'Partnerships that offer experience on a flag’s theme and have been steady on it (no scores)',
        params: ZFlagParams,
        response: { 200: z.object({ items: z.array(ZPeerSuggestion) }) },
      },
    },
    async (request) => ({ items: await peerContact.suggestions(actorOf(request), request.params.flagId) }),
  );

  fastify.post(
    '/flags/:flagId/contact-requests',
    {
      config: { access: { partnership: 'peer-contact:ask', of: 'flag' } },
      schema: {
        tags,
        operationId: 'askPeerForContact',
        summary: 'Ask a suggested partnership for contact about a flag’s theme (programme manager, critical friend)',
        params: ZFlagParams,
        body: ZContactRequestCreate,
        response: { 201: ZContactRequest },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await peerContact.ask(contextOf(request), request.params.flagId, request.body)),
  );

  fastify.get(
    '/partnerships/:partnershipId/contact-requests',
    {
      config: { access: { partnership: 'peer-contact:ask', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'listContactRequests',
        summary: 'Contact requests to and from a partnership',
        params: ZPartnershipParams,
        response: { 200: ZContactRequestList },
      },
    },
    async (request) => peerContact.list(actorOf(request), request.params.partnershipId),
  );

  fastify.post(
    '/partnerships/:partnershipId/contact-requests/:contactRequestId/answer',
    {
      config: { access: { partnership: 'portrait:write', of: 'partnership' } },
      schema: {
        tags,
        operationId: 'answerContactRequest',
        summary: 'Accept or decline a contact request (the asked partnership’s programme manager)',
        params: ZContactRequestParams,
        body: ZContactRequestAnswer,
        response: { 200: ZContactRequest },
      },
    },
    async (request) =>
      peerContact.answer(
        contextOf(request),
        request.params.partnershipId,
        request.params.contactRequestId,
        request.body,
      ),
  );
};
