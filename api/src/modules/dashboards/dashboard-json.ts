import { z } from 'zod';
import { ZPartnershipDashboard, type TDashboardBase, type TPartnershipDashboard } from '@koers/shared/dashboards';
import { deflatedPart, gzipOf, GzippedJson, type TDeflatedPart } from '../../http/gzip-parts.ts';

/** What completes a dashboard at each read: its themes with their peer medians, the peers, the narratives. */
const ZCompletion = ZPartnershipDashboard.pick({ themes: true, peers: true, narratives: true });
type TDashboardCompletion = Pick<TPartnershipDashboard, 'themes' | 'peers' | 'narratives'>;

/** The rest: the same for every reader while the partnership's and the catalogue's data stay as they are. */
const ZRest = ZPartnershipDashboard.omit({ themes: true, peers: true, narratives: true });

/**
 * A dashboard as rendered: its themes, which each read completes with their peer medians, and the rest
 * (quarters, trend, indicators, notes, flags: most of its bytes) as encoded JSON, compressed, without its
 * closing brace: the completion's members follow it.
 */
export type TRenderedDashboard = { themes: TDashboardBase['themes']; rest: TDeflatedPart };

/** A dashboard as a reader gets it: as rendered, and what completes it for them. */
export type TDashboardAnswer = { rendered: TRenderedDashboard; completion: TDashboardCompletion };

export function renderedDashboard({ themes, ...rest }: TDashboardBase): TRenderedDashboard {
  const json = JSON.stringify(z.encode(ZRest, rest));
  return { themes, rest: deflatedPart(Buffer.from(json.slice(0, -1))) };
}

/**
 * The dashboard's JSON, gzipped: the rest as rendered, then the completion's members, encoded now. Both
 * are JSON objects with members (their schemas require them), so the completion's opening brace becomes
 * the comma after the rest's last member.
 */
export function dashboardJson({ rendered, completion }: TDashboardAnswer): GzippedJson {
  const members = JSON.stringify(z.encode(ZCompletion, completion));
  return new GzippedJson(gzipOf(rendered.rest, Buffer.from(`,${members.slice(1)}`)));
}
