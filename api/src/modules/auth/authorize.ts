import type { FastifyRequest } from 'fastify';
import { can, type TAction } from '@koers/shared/policy';
import {
  type ApiError,
  ForbiddenError,
  NotFoundError,
  SecondFactorRequiredError,
  UnauthenticatedError,
} from '../../errors.ts';
import type { TActor, TRequestContext } from '../../plugins/auth.ts';

type TPlatformAction = Extract<
  TAction,
  | 'platform:manage'
  | 'audit:read'
  | 'board-overview:read'
  | 'review-queue:read'
  | 'api-token:create'
  | 'intervision:read'
  | 'intervision:facilitate'
  | 'intervision:sign-up'
  | 'network:read'
  | 'good-approach:read'
  | 'good-approach:author'
  | 'good-approach:publish'
>;
type TPartnershipAction = Exclude<TAction, TPlatformAction>;

/** The signed-in person; routes that reach here without one were registered without `authenticate`. */
export function actorOf(request: FastifyRequest): TActor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}

export function contextOf(request: FastifyRequest): TRequestContext {
  return { actor: actorOf(request), requestId: request.id };
}

/** A refusal that only the admin rights withheld for want of a second factor would lift says so. */
function refusal(actor: TActor, opensWithAdminRights: boolean, otherwise: ApiError): ApiError {
  return actor.secondFactorRequired && opensWithAdminRights ? new SecondFactorRequiredError() : otherwise;
}

const asAdmin = (actor: TActor) => ({ ...actor.access, isAdmin: true });

export function authorizePlatform(actor: TActor, action: TPlatformAction): void {
  if (!can(actor.access, action)) throw refusal(actor, can(asAdmin(actor), action), new ForbiddenError());
}

/**
 * A partnership the person may not read answers 404, exactly like one that does not exist;
 * one they may read but not act on answers 403.
 */
export function authorizePartnership(
  actor: TActor,
  action: TPartnershipAction,
  resource: { partnershipId: string; sharesNarratives?: boolean },
  what = 'Partnership',
): void {
  if (!can(actor.access, 'partnership:read', resource))
    throw refusal(actor, can(asAdmin(actor), 'partnership:read', resource), new NotFoundError(what));
  if (!can(actor.access, action, resource))
    throw refusal(actor, can(asAdmin(actor), action, resource), new ForbiddenError());
}
