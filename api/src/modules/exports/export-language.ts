import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyRequest } from 'fastify';
import type { TLanguage } from '@koers/shared/language';

/**
 * The language an export is written in: the one the download link names (the web app's interface), or
 * else the browser's preference, Dutch first.
 */
export function exportLanguage(request: FastifyRequest, named: TLanguage | undefined): TLanguage {
  if (named) return named;
  const header = request.headers['accept-language'];
  // `en-US` and `nl-BE` ask for English and Dutch: only the language matters, not the region.
  const languages = (typeof header === 'string' ? header : '').replace(/\b([a-z]{2,3})-[a-z0-9-]+/gi, '$1');
  return negotiate<TLanguage>(languages, ['nl', 'en']) ?? 'nl';
}
