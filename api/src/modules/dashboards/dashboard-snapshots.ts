import type { Kysely } from 'kysely';
import type { TDatabase } from '../../db/schema.ts';
import { dashboardsToRender } from './dashboard-snapshots.repository.ts';
import { createDashboardService } from './dashboards.service.ts';

/** Partnerships looked up at a time: a short statement each, between which a shutdown can stop the work. */
const BATCH = 200;

/**
 * Renders each dashboard that has no current rendering (new partnerships, changed ones, all of them after
 * a change to the catalogue), in one pass in the order of the partnerships; what changes meanwhile is left
 * to the next pass. Until then a read builds that dashboard itself, so no reader waits for this. Stops
 * between two renderings when `signal` aborts (the API shutting down). Returns how many it rendered.
 */
export async function renderDashboardSnapshots(db: Kysely<TDatabase>, signal?: AbortSignal): Promise<number> {
  const service = createDashboardService(db);
  let rendered = 0;
  let after = '';
  for (;;) {
    const partnershipIds = await dashboardsToRender(db, after, BATCH);
    for (const partnershipId of partnershipIds) {
      if (signal?.aborted) return rendered;
      if (await service.renderSnapshot(partnershipId)) rendered++;
    }
    const last = partnershipIds.at(-1);
    if (last === undefined || partnershipIds.length < BATCH) return rendered;
    after = last;
  }
}
