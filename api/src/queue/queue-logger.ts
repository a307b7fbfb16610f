import type { FastifyBaseLogger } from 'fastify';
import { Logger } from 'graphile-worker';

type TLog = Pick<FastifyBaseLogger, 'error' | 'warn' | 'info' | 'debug'>;

/** graphile-worker's messages in Koers's own log (pino), at their own level. */
export function queueLogger(log: TLog): Logger {
  return new Logger((scope) => (level, message, meta) => {
    const entry = { queue: scope, ...meta };
    if (level === 'error') log.error(entry, message);
    else if (level === 'warning') log.warn(entry, message);
    else if (level === 'info') log.info(entry, message);
    else log.debug(entry, message);
  });
}
