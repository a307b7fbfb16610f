import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TConfig } from './config.ts';
import { secretKeyOf } from './secret-key.ts';
import { loggerOptions } from './logger.ts';
import { createAppTasks } from './queue/app-tasks.ts';
import { createMailer } from './mail/mailer.ts';
import apiTokenAuthPlugin from './plugins/api-token-auth.ts';
import authPlugin from './plugins/auth.ts';
import csrfPlugin from './plugins/csrf.ts';
import dbPlugin from './plugins/db.ts';
import errorHandlerPlugin from './plugins/error-handler.ts';
import inFlightPlugin from './plugins/in-flight.ts';
import jobQueuePlugin from './plugins/job-queue.ts';
import metricsPlugin from './plugins/metrics.ts';
import openapiPlugin from './plugins/openapi.ts';
import readCachePlugin from './plugins/read-cache.ts';
import refusalAuditPlugin from './plugins/refusal-audit.ts';
import routeAccessPlugin from './plugins/route-access.ts';
import securityPlugin from './plugins/security.ts';
import webPlugin from './plugins/web.ts';
import { accountRoutes } from './modules/account/account.routes.ts';
import { apiTokenRoutes } from './modules/api-tokens/api-tokens.routes.ts';
import { actionRoutes } from './modules/actions/actions.routes.ts';
import { goodApproachRoutes } from './modules/good-approaches/good-approaches.routes.ts';
import { assessmentRoutes } from './modules/assessments/assessments.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { secondFactorRoutes } from './modules/second-factor/second-factor.routes.ts';
import { secondFactorExemptions as exemptionsOf } from './modules/second-factor/second-factor-rule.ts';
import { createSecretBox } from './modules/second-factor/secret-box.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { intervisionRoutes } from './modules/intervision/intervision.routes.ts';
import { boardSharingRoutes } from './modules/board-sharing/board-sharing.routes.ts';
import { dashboardRoutes } from './modules/dashboards/dashboards.routes.ts';
import { exportRoutes } from './modules/exports/exports.routes.ts';
import { flagRoutes } from './modules/flags/flags.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { setupImportRoutes } from './modules/setup-import/setup-import.routes.ts';
import { instrumentRoutes } from './modules/instrument/instrument.routes.ts';
import { jobQueueRoutes } from './modules/job-queue/job-queue.routes.ts';
import { invitationRoutes } from './modules/invitations/invitations.routes.ts';
import { metaRoutes } from './modules/meta/meta.routes.ts';
import { noticeRoutes } from './modules/notices/notices.routes.ts';
import { networkRoutes } from './modules/network/network.routes.ts';
import { organisationRoutes } from './modules/organisations/organisations.routes.ts';
import { partnershipRoutes } from './modules/partnerships/partnerships.routes.ts';
import { passkeyAccountRoutes, passkeySignInRoutes } from './modules/passkeys/passkeys.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { personSignInRoutes } from './modules/person-sign-in/person-sign-in.routes.ts';
import { periodRoutes } from './modules/periods/periods.routes.ts';
import { reminderRoutes } from './modules/reminders/reminders.routes.ts';
import { reviewQueueRoutes } from './modules/review-queue/review-queue.routes.ts';
import { reviewRoutes } from './modules/reviews/reviews.routes.ts';
import { createOidcClients } from './modules/sign-in-identities/oidc-clients.ts';
import { oidcRoutes } from './modules/sign-in-identities/oidc.routes.ts';
import { ssoDomainRoutes } from './modules/sign-in-identities/sso-domains.routes.ts';

export type TAppOptions = {
  config: TConfig;
  /** Where PostgreSQL is: DATABASE_URL, or the embedded server the caller started. */
  connectionString: string;
  serveWeb?: boolean;
  /** Called before any plugin or route is registered, to attach hooks that must see them all. */
  beforeRegistering?: (app: FastifyInstance) => void;
};

export async function buildApp({
  config,
  connectionString,
  serveWeb = true,
  beforeRegistering,
}: TAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  beforeRegistering?.(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: any other body type answers 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers are never stored, unless a route says how long its answer may be kept (the calendar feed).
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  const mailer = createMailer(config, app.log);
  const oidcClients = createOidcClients(config.oidcProviders);
  const secretBox = createSecretBox(await secretKeyOf(config));

  // External and cross-cutting plugins first, then the application's, then the routes. In-flight first of
  // all: a request counts before any hook of another plugin can reach the database.
  await app.register(inFlightPlugin);
  await app.register(errorHandlerPlugin);
  await app.register(securityPlugin);
  if (config.apiDocs) await app.register(openapiPlugin, { publicUrl: config.publicUrl });
  await app.register(dbPlugin, {
    connectionString,
    poolSize: config.dbPoolSize,
    connectionTimeoutMs: config.dbConnectionTimeoutMs,
  });
  await app.register(jobQueuePlugin, {
    connectionString,
    concurrency: config.queueConcurrency,
    tasks: createAppTasks(app.db, mailer, config, app.log),
  });
  // Before the routes, so its hook times every one of them.
  await app.register(metricsPlugin, { token: config.metricsToken });
  const secondFactorExemptions = exemptionsOf(config);
  await app.register(authPlugin, { sessionIdleMinutes: config.sessionIdleMinutes, secondFactorExemptions });
  await app.register(apiTokenAuthPlugin, { secondFactorExemptions });
  await app.register(csrfPlugin, { publicUrl: config.publicUrl });
  await app.register(refusalAuditPlugin);
  await app.register(routeAccessPlugin);
  await app.register(readCachePlugin);

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(metaRoutes, { prefix: '/api', demoData: config.demoData });
  await app.register(authRoutes, {
    prefix: '/api/auth',
    config,
    mailer,
    secondFactorExemptions,
    oidcClients,
    secretBox,
  });
  await app.register(passkeySignInRoutes, { prefix: '/api/auth/passkey', config });
  await app.register(oidcRoutes, { prefix: '/api/auth/oidc', config, clients: oidcClients });
  await app.register(ssoDomainRoutes, { prefix: '/api/sso-domains', providers: config.oidcProviders });
  await app.register(accountRoutes, { prefix: '/api/account' });
  await app.register(apiTokenRoutes, { prefix: '/api/account/api-tokens' });
  await app.register(passkeyAccountRoutes, { prefix: '/api/account/passkeys', config });
  await app.register(secondFactorRoutes, { prefix: '/api/account/second-factor', secretBox });
  await app.register(partnershipRoutes, { prefix: '/api/partnerships' });
  await app.register(organisationRoutes, { prefix: '/api/organisations' });
  await app.register(peopleRoutes, { prefix: '/api/people', config, mailer });
  await app.register(personSignInRoutes, { prefix: '/api/people', providers: config.oidcProviders });
  await app.register(auditRoutes, { prefix: '/api/audit-log' });
  await app.register(instrumentRoutes, { prefix: '/api/instrument' });
  await app.register(periodRoutes, { prefix: '/api/periods' });
  await app.register(assessmentRoutes, { prefix: '/api', config });
  await app.register(invitationRoutes, { prefix: '/api', config, mailer });
  await app.register(reminderRoutes, { prefix: '/api' });
  await app.register(jobQueueRoutes, { prefix: '/api' });
  await app.register(importRoutes, { prefix: '/api' });
  await app.register(setupImportRoutes, { prefix: '/api/setup-imports', config });
  await app.register(dashboardRoutes, { prefix: '/api' });
  await app.register(flagRoutes, { prefix: '/api' });
  await app.register(reviewQueueRoutes, { prefix: '/api' });
  await app.register(actionRoutes, { prefix: '/api' });
  await app.register(goodApproachRoutes, { prefix: '/api' });
  await app.register(reviewRoutes, { prefix: '/api' });
  await app.register(boardSharingRoutes, { prefix: '/api' });
  await app.register(noticeRoutes, { prefix: '/api' });
  await app.register(networkRoutes, { prefix: '/api' });
  await app.register(calendarRoutes, { prefix: '/api', publicUrl: config.publicUrl });
  await app.register(intervisionRoutes, { prefix: '/api' });
  await app.register(exportRoutes, { prefix: '/api' });

  if (serveWeb) await app.register(webPlugin);
  return app;
}
