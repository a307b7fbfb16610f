import { sql, type RawBuilder } from 'kysely';
import type { TDashboardBase } from '@koers/shared/dashboards';
import { CATALOGUE_SCOPE, partnershipScope } from '../../db/data-scopes.ts';
import { PREPARED } from '../../db/statement-cache.ts';
import { statementPerShape, type TSlotOf } from '../../db/statement-per-shape.ts';
import type { TExecutor } from '../../db/types.ts';
import { inScope, type TAccessScope } from '../auth/access-scope.ts';
import type { TRenderedDashboard } from './dashboard-json.ts';
import { DASHBOARD_RENDERING } from './dashboard-rendering.ts';
import {
  peerFigures,
  peerVersion,
  readableNarratives,
  scopeOfShape,
  shapeOfScope,
  type TDashboardQuarter,
  type TScopeShape,
} from './dashboards.repository.ts';

/**
 * A scope's current version, 0 for one that never changed (it has no row). data_version is written by
 * triggers only, so the query builder's schema leaves it out.
 */
const currentVersion = (scope: RawBuilder<string> | string) =>
  sql<string>`COALESCE((SELECT version FROM data_version WHERE scope = ${scope}), 0)`;

type TKeptValues = {
  partnershipId: string;
  partnershipScope: string;
  scopeIds: readonly string[];
  whenShared: boolean;
  whenNotShared: boolean;
};

/**
 * A partnership's kept dashboard (within the scope) and whether it is current: rendered by this release,
 * and both versions it was rendered from still are. With what completes it for this reader, read in the
 * same snapshot: the peer figures of its quarter with their version, and the narratives the reader may
 * read. The rendering is read only when current. No row when none is kept or the partnership is out of scope.
 */
const keptStatement = statementPerShape((db, shape: TScopeShape, slot: TSlotOf<TKeptValues>) =>
  db
    .selectFrom('dashboard_snapshot as s')
    .innerJoin('partnership as p', 'p.id', 's.partnership_id')
    .crossJoin(
      sql<{ current: boolean }>`LATERAL (SELECT
        s.rendering = ${DASHBOARD_RENDERING}
        AND s.partnership_version = ${currentVersion(slot('partnershipScope'))}
        AND s.catalogue_version = ${currentVersion(CATALOGUE_SCOPE)}
        AS current)`.as('c'),
    )
    .select([
      'c.current',
      sql<TDashboardBase['themes'] | null>`CASE WHEN c.current THEN s.themes END`.as('themes'),
      sql<Buffer | null>`CASE WHEN c.current THEN s.body END`.as('body'),
      's.body_crc',
      's.body_length',
      sql<string>`s.partnership_version::text`.as('partnership_version'),
      sql<string>`s.catalogue_version::text`.as('catalogue_version'),
      'p.scenario',
      's.period_id',
      peerVersion('p.scenario', 's.period_id').as('peer_version'),
      peerFigures(db, 'p.scenario', 's.period_id').as('figures'),
      readableNarratives(db, 's.assessment_id', 'p.shares_with_board', {
        whenShared: slot('whenShared'),
        whenNotShared: slot('whenNotShared'),
      }).as('narratives'),
    ])
    .where('s.partnership_id', '=', slot('partnershipId'))
    .where(inScope('p.id', scopeOfShape(shape, slot)))
    .modifyEnd(PREPARED),
);

export async function keptDashboard(
  db: TExecutor,
  scope: TAccessScope,
  partnershipId: string,
  narratives: TDashboardQuarter['narratives'],
) {
  const [row] = await keptStatement(db, shapeOfScope(scope), {
    partnershipId,
    partnershipScope: partnershipScope(partnershipId),
    scopeIds: scope.kind === 'partnerships' ? scope.ids : [],
    ...narratives,
  });
  if (!row) return undefined;
  const { themes, body, body_crc: crc, body_length: length, ...kept } = row;
  const rendered: TRenderedDashboard | null =
    themes && body ? { themes, rest: { deflated: body, crc: Number(crc), length } } : null;
  return { ...kept, rendered };
}

/** A rendering to keep, with the versions of the scopes it was rendered from. */
export type TDashboardSnapshot = {
  partnershipId: string;
  partnershipVersion: string;
  catalogueVersion: string;
  periodId: string | null;
  assessmentId: string | null;
  rendered: TRenderedDashboard;
};

/**
 * Keeps a rendering in place of the one before. Of two renderings that cross, the older may be kept: it is
 * not current then, so no read sends it, and the next pass renders it again.
 */
export async function keepDashboard(db: TExecutor, snapshot: TDashboardSnapshot) {
  await db
    .insertInto('dashboard_snapshot')
    .values({
      partnership_id: snapshot.partnershipId,
      rendering: DASHBOARD_RENDERING,
      partnership_version: snapshot.partnershipVersion,
      catalogue_version: snapshot.catalogueVersion,
      period_id: snapshot.periodId,
      assessment_id: snapshot.assessmentId,
      themes: JSON.stringify(snapshot.rendered.themes),
      body: snapshot.rendered.rest.deflated,
      body_crc: snapshot.rendered.rest.crc,
      body_length: snapshot.rendered.rest.length,
    })
    .onConflict((oc) =>
      oc.column('partnership_id').doUpdateSet((eb) => ({
        rendering: eb.ref('excluded.rendering'),
        partnership_version: eb.ref('excluded.partnership_version'),
        catalogue_version: eb.ref('excluded.catalogue_version'),
        period_id: eb.ref('excluded.period_id'),
        assessment_id: eb.ref('excluded.assessment_id'),
        themes: eb.ref('excluded.themes'),
        body: eb.ref('excluded.body'),
        body_crc: eb.ref('excluded.body_crc'),
        body_length: eb.ref('excluded.body_length'),
        rendered_at: sql<Date>`now()`,
      })),
    )
    .execute();
}

/** Partnerships whose dashboard has no current rendering, in the order of their ids: the next `limit` after `after`. */
export async function dashboardsToRender(db: TExecutor, after: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('partnership as p')
    .leftJoin('dashboard_snapshot as s', 's.partnership_id', 'p.id')
    .select('p.id')
    .$if(after !== '', (q) => q.where('p.id', '>', after))
    .where((eb) =>
      eb.or([
        eb('s.partnership_id', 'is', null),
        eb('s.rendering', '<>', DASHBOARD_RENDERING),
        sql<boolean>`s.partnership_version <> ${currentVersion(sql<string>`'partnership:' || p.id`)}`,
        sql<boolean>`s.catalogue_version <> ${currentVersion(CATALOGUE_SCOPE)}`,
      ]),
    )
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
