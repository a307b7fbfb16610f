import type { FastifyReply } from 'fastify';
import { VERSION_HEADER } from '@koers/shared/assessments';
import { PreconditionRequiredError } from '../errors.ts';

/*
 * Conditional requests, for every route that changes something with a version: the change names the version
 * it is based on in If-Match (parsed by the route's headers schema, ZVersionHeaders, which also documents its
 * 412 and 428), is refused when someone saved since, and the answer names the new version in ETag for the
 * next change to send back. Without it, two people editing the same thing would overwrite each other unseen.
 */

type TVersionHeaders = { readonly [VERSION_HEADER]?: number | undefined };

/** The version a change is based on; absent, the change could overwrite another's work unseen: 428. */
export function basedOnVersion(headers: TVersionHeaders): number {
  const basedOn = headers[VERSION_HEADER];
  if (basedOn === undefined) throw new PreconditionRequiredError();
  return basedOn;
}

/** Sends what was saved with its version as the ETag, the If-Match of the next change. */
export function sendVersioned<T extends { version: number }>(reply: FastifyReply, saved: T) {
  return reply.header('etag', `"${saved.version}"`).send(saved);
}
