import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAssessmentParams, ZRespondentLinkParams } from '@koers/shared/assessments';
import { ZInvitationBatch, ZInvitationOverview, ZInvitationParams } from '@koers/shared/invitations';
import type { TConfig } from '../../config.ts';
import type { TMailer } from '../../mail/mailer.ts';
import { contextOf } from '../auth/authorize.ts';
import { createInvitationService } from './invitations.service.ts';

export type TInvitationRoutesOptions = { config: Pick<TConfig, 'publicUrl'>; mailer: TMailer };

/** Respondents invited by email: invite (one or a pasted list), see where each is, resend, withdraw. */
export const invitationRoutes: FastifyPluginAsyncZod<TInvitationRoutesOptions> = async (
  fastify,
  { config, mailer },
) => {
  const invitations = createInvitationService({ db: fastify.db, config, mailer });
  const tags = ['invitations'];
  const signedIn = { onRequest: fastify.authenticate };
  const editor = { access: { partnership: 'assessment:edit', of: 'assessment' } } as const;

  fastify.get(
    '/assessments/:assessmentId/invitations',
    {
      config: editor,
      ...signedIn,
      schema: {
        tags,
        operationId: 'listRespondentInvitations',
        summary: 'Respondents invited by email, each with where they are, and the response rate per perspective',
        params: ZAssessmentParams,
        response: { 200: ZInvitationOverview },
      },
    },
    async (request) => invitations.list(contextOf(request), request.params.assessmentId),
  );

  fastify.post(
    '/assessments/:assessmentId/invitations',
    {
      config: editor,
      ...signedIn,
      schema: {
        tags,
        operationId: 'inviteRespondents',
        summary: 'Invite respondents by email (all or none); each gets their personal link in their language',
        params: ZAssessmentParams,
        body: ZInvitationBatch,
        response: { 201: ZInvitationOverview },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await invitations.invite(contextOf(request), request.params.assessmentId, request.body)),
  );

  fastify.post(
    '/assessments/:assessmentId/invitations/:responseId/resending',
    {
      config: editor,
      ...signedIn,
      schema: {
        tags,
        operationId: 'resendRespondentInvitation',
        summary: 'Email a respondent a fresh personal link; the earlier link stops working',
        params: ZInvitationParams,
        response: { 200: ZInvitationOverview },
      },
    },
    async (request) => invitations.resend(contextOf(request), request.params.assessmentId, request.params.responseId),
  );

  fastify.post(
    '/assessments/:assessmentId/invitations/:responseId/withdrawal',
    {
      config: editor,
      ...signedIn,
      schema: {
        tags,
        operationId: 'withdrawRespondentInvitation',
        summary: 'Withdraw an invitation: the personal link stops working, saved answers stay',
        params: ZInvitationParams,
        response: { 200: ZInvitationOverview },
      },
    },
    async (request) => invitations.withdraw(contextOf(request), request.params.assessmentId, request.params.responseId),
  );

  fastify.post(
    '/respond/:token/completion',
    {
      config: { access: { link: 'respondent' } },
      schema: {
        tags,
        operationId: 'completeRespondentResponse',
        summary: 'An invited respondent says they are done (through their personal link)',
        params: ZRespondentLinkParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await invitations.complete(request.params.token);
      return reply.code(204).send();
    },
  );
};
