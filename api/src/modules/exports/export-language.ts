import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyRequest } from 'fastify';
import type { TLanguage } from '@koers/shared/calendar-feed';

/**
 * The language an export is written in: the one the download link names (the web app's interface), or
 * else the browser's preference, Dutch first.
 */
export function exportLanguage(request: FastifyRequest, named: TLanguage | undefined): TLanguage {
  if (named) return named;
  const header = request.headers['accept-language'];
  return negotiate<TLanguage>(typeof header === 'string' ? header : '', ['nl', 'en']) ?? 'nl';
}
