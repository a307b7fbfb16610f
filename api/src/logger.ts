import type { FastifyServerOptions } from 'fastify';
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

export function loggerOptions(config: Pick<TConfig, 'env' | 'logLevel'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(config.env === 'development' && process.stdout.isTTY
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
  };
}
