import DataLoader from 'dataloader';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import type { TAction } from '@koers/shared/policy';
import { LinkExpiredError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import { findResponseByLink } from '../modules/assessments/responses.repository.ts';
import { batchPerTurn } from '../db/batch-per-turn.ts';
import { partnershipsOfResources, type TOwnedResource } from '../modules/auth/access.repository.ts';
import { authorizePartnership, authorizePlatform } from '../modules/auth/authorize.ts';
import { findUsableLink } from '../modules/auth/one-time-link.repository.ts';
import { hashToken } from '../modules/auth/tokens.ts';

type TPlatformAction = Parameters<typeof authorizePlatform>[1];
type TPartnershipAction = Exclude<TAction, TPlatformAction>;

/**
 * Who may call a route, decided from the path alone, before the body, query or headers are validated:
 * a caller without the right gets 403 or 404, never a 400 that tells them what the route expects.
 * `of` names the path parameter (`<of>Id`) whose partnership decides; on an anonymous route, the link's
 * token in the path is the key, and a token that opens nothing is refused before the body is read.
 */
type TRouteAccess =
  | { platform: TPlatformAction }
  | { partnership: TPartnershipAction; of: 'partnership' | TOwnedResource }
  | { link: 'respondent' | 'one-time' };

declare module 'fastify' {
  // Declaration merging needs interfaces.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    access?: TRouteAccess;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMES: Record<'partnership' | TOwnedResource, string> = {
  partnership: 'Partnership',
  assessment: 'Assessment',
  flag: 'Flag',
  action: 'Action',
};

/** The services decide again, on the rows they load: this hook only makes sure refusal comes first. */
export default fp(
  async (fastify) => {
    // The partnership an assessment, flag or action belongs to never changes, so it is kept once known;
    // requests that need it in one turn share one query. Draft saves, the busiest route, then pay nothing.
    const known = new LRUCache<string, string>({ max: 50_000 });
    const loaders = Object.fromEntries(
      (['assessment', 'flag', 'action'] as const).map((resource) => [
        resource,
        new DataLoader<string, string | undefined>(async (ids) => {
          const found = await partnershipsOfResources(fastify.db, resource, ids);
          return ids.map((id) => found.get(id));
        }, batchPerTurn(100)),
      ]),
    ) as Record<TOwnedResource, DataLoader<string, string | undefined>>;
    const partnershipOf = async (resource: TOwnedResource, id: string) => {
      const key = `${resource}:${id}`;
      const cached = known.get(key);
      if (cached) return cached;
      const partnershipId = await loaders[resource].load(id);
      if (partnershipId) known.set(key, partnershipId);
      return partnershipId;
    };

    async function checkLink(link: 'respondent' | 'one-time', token: unknown) {
      if (typeof token !== 'string') throw new NotFoundError('Link');
      const tokenHash = hashToken(token);
      if (link === 'one-time') {
        if (!(await findUsableLink(fastify.db, tokenHash))) throw new NotFoundError('Link');
        return;
      }
      const response = await findResponseByLink(fastify.db, tokenHash);
      if (!response) throw new NotFoundError('Link');
      if (response.quarter_closed) throw new LinkExpiredError();
    }

    fastify.addHook('preValidation', async (request) => {
      const access = request.routeOptions.config.access;
      if (!access) return;
      if ('link' in access) return checkLink(access.link, (request.params as Record<string, unknown>).token);
      const actor = request.actor;
      if (!actor) throw new UnauthenticatedError();
      if ('platform' in access) return authorizePlatform(actor, access.platform);

      const id = (request.params as Record<string, unknown>)[`${access.of}Id`];
      const what = NAMES[access.of];
      if (typeof id !== 'string' || !UUID.test(id)) throw new NotFoundError(what);
      const partnershipId = access.of === 'partnership' ? id : await partnershipOf(access.of, id);
      if (!partnershipId) throw new NotFoundError(what);
      authorizePartnership(actor, access.partnership, { partnershipId }, what);
    });
  },
  { name: 'route-access', dependencies: ['db', 'auth'] },
);
