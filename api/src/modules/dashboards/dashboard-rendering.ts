import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ZPartnershipDashboard } from '@koers/shared/dashboards';

/**
 * Raise by one when what a kept rendering holds changes while the dashboard's schema does not (a text, a
 * rule, a rounding): renderings made before are then no longer current.
 */
const RENDERING_REVISION = 2;

/**
 * What rendered a kept dashboard: the dashboard's schema and the revision above. A rendering made by
 * another release (whose data versions may well still be current) is not sent, and is rendered again.
 */
export const DASHBOARD_RENDERING = createHash('sha256')
  .update(`${RENDERING_REVISION}:${JSON.stringify(z.toJSONSchema(ZPartnershipDashboard))}`)
  .digest('hex')
  .slice(0, 16);
