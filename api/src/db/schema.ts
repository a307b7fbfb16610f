import type { TApiTokenTables } from './schema/api-tokens.ts';
import type { TAssessmentTables } from './schema/assessments.ts';
import type { TAuditTables } from './schema/audit.ts';
import type { TCalendarTables } from './schema/calendar.ts';
import type { TDashboardTables } from './schema/dashboards.ts';
import type { TFollowUpTables } from './schema/follow-up.ts';
import type { TGoodApproachTables } from './schema/good-approaches.ts';
import type { TInstrumentTables } from './schema/instrument.ts';
import type { TIntervisionTables } from './schema/intervision.ts';
import type { TNoticeTables } from './schema/notices.ts';
import type { TNetworkTables } from './schema/network.ts';
import type { TOrganisationTables } from './schema/organisations.ts';
import type { TPasskeyTables } from './schema/passkeys.ts';
import type { TPeerReviewTables } from './schema/peer-reviews.ts';
import type { TPeopleTables } from './schema/people.ts';
import type { TSecondFactorTables } from './schema/second-factor.ts';
import type { TSignInIdentityTables } from './schema/sign-in-identities.ts';
import type { TQueueTables } from './schema/queue.ts';
import type { TReminderTables } from './schema/reminders.ts';

/**
 * The tables of Koers, as Kysely sees them, assembled from one file per domain under schema/.
 * Migrations stay untyped (Kysely<any>) and frozen.
 */
export type TDatabase = TOrganisationTables &
  TInstrumentTables &
  TPeopleTables &
  TAuditTables &
  TAssessmentTables &
  TDashboardTables &
  TFollowUpTables &
  TNoticeTables &
  TApiTokenTables &
  TPasskeyTables &
  TSecondFactorTables &
  TSignInIdentityTables &
  TCalendarTables &
  TQueueTables &
  TReminderTables &
  TIntervisionTables &
  TNetworkTables &
  TGoodApproachTables &
  TPeerReviewTables;
