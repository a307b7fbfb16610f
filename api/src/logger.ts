import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { TConfig } from './config.ts';

/** Personal data and secrets never reach the logs. */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  'email',
  '*.password',
  '*.email',
  '*.*.password',
  '*.*.email',
];

/**
 * The path segment after these is a secret: a respondent's personal link (`/respond/<token>`, also under
 * `/api/`), an invitation or password-reset link (`/link/<token>`, `/api/auth/one-time-links/<token>`),
 * a calendar feed's address (`/api/calendar/<token>.ics`).
 */
const SECRET_IN_PATH = /(\/(?:respond|link|one-time-links|calendar)\/)[^/?#]+/gi;

/**
 * What a sign-in provider sends back to /api/auth/oidc/<name>/callback: the authorization code and the
 * state that, with the browser's cookie, would redeem it.
 */
const SECRET_IN_CALLBACK = /([?&](?:code|state|session_state)=)[^&#]*/gi;

/** A request's URL as it may be logged: whoever reads the log must not be able to follow a link in it. */
function redactUrl(url: string): string {
  const redacted = url.replace(SECRET_IN_PATH, '$1[redacted]');
  return redacted.startsWith('/api/auth/oidc/') ? redacted.replace(SECRET_IN_CALLBACK, '$1[redacted]') : redacted;
}

/** Fastify's request serializer, with the URL's secrets redacted. */
function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket.remotePort,
  };
}

export function loggerOptions(config: Pick<TConfig, 'env' | 'logLevel'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { req: requestForLog },
    ...(config.env === 'development' && process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  };
}
