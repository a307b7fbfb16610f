import { type RawBuilder, sql } from 'kysely';
import { readablePartnerships } from '@koers/shared/policy';
import type { TActor } from '../../plugins/auth.ts';

/**
 * Which partnerships a query may return. Repository functions that read partnership data take one as
 * a required argument, so a query cannot be written without deciding whose data it may see.
 */
export type TAccessScope = { kind: 'all' } | { kind: 'partnerships'; ids: readonly string[] };

export function scopeOf(actor: TActor): TAccessScope {
  const readable = readablePartnerships(actor.access);
  return readable === 'all' ? { kind: 'all' } : { kind: 'partnerships', ids: readable };
}

/** The condition that keeps a query inside the scope: `.where(inScope('p.id', scope))`. */
export function inScope(partnershipIdColumn: string, scope: TAccessScope): RawBuilder<boolean> {
  if (scope.kind === 'all') return sql<boolean>`true`;
  if (scope.ids.length === 0) return sql<boolean>`false`;
  return sql<boolean>`${sql.ref(partnershipIdColumn)} = ANY(${scope.ids}::uuid[])`;
}
