import type { Migration } from 'kysely/migration';
import * as referenceData from './2026-11-22T1100-reference-data.ts';
import * as defaultInstrument from './2026-11-22T1110-default-instrument.ts';
import * as peopleAndAccess from './2026-11-22T1200-people-and-access.ts';
import * as assessments from './2026-11-22T1300-assessments.ts';
import * as flagsAndTimeline from './2026-11-22T1400-flags-and-timeline.ts';
import * as followUp from './2026-11-22T1500-follow-up.ts';
import * as readVersion from './2026-11-22T1600-read-version.ts';
import * as themeAverages from './2026-11-22T1700-theme-averages.ts';
import * as flagReadings from './2026-12-06T0900-flag-readings.ts';
import * as signInThrottle from './2026-12-06T1010-sign-in-throttle.ts';
import * as auditLogErasure from './2026-12-06T1130-audit-log-erasure.ts';
import * as applicationRole from './2026-12-06T1140-application-role.ts';
import * as peerFigures from './2026-12-06T1300-peer-figures.ts';
import * as dataVersions from './2026-12-06T1310-data-versions.ts';
import * as themeSummaryCoveringIndexes from './2026-12-06T1400-theme-summary-covering-indexes.ts';
import * as signInIdentities from './2026-12-07T0100-sign-in-identities.ts';
import * as secondFactor from './2026-12-07T0200-second-factor.ts';
import * as passkeys from './2026-12-07T0300-passkeys.ts';
import * as apiTokens from './2026-12-07T0400-api-tokens.ts';
import * as jobQueueAndInvitations from './2026-12-07T0500-job-queue-and-invitations.ts';
import * as respondentInvitations from './2026-12-07T0510-respondent-invitations.ts';
import * as calendarFeeds from './2026-12-07T0600-calendar-feeds.ts';
import * as expectedSignInIdentities from './2026-12-07T0700-expected-sign-in-identities.ts';
import * as respondentReminders from './2026-12-07T0710-respondent-reminders.ts';
import * as discardedEmails from './2026-12-07T0720-discarded-emails.ts';
import * as weeklyDigest from './2026-12-07T0730-weekly-digest.ts';
import * as accountInvitationEmails from './2026-12-07T0810-account-invitation-emails.ts';
import * as personLanguage from './2026-12-07T0840-person-language.ts';
import * as goodApproaches from './2026-12-07T0900-good-approaches.ts';
import * as peerReviewActions from './2026-12-07T0905-peer-review-actions.ts';
import * as goodApproachNotice from './2026-12-07T0910-good-approach-notice.ts';
import * as networkPortraits from './2026-12-07T0910-network-portraits.ts';
import * as intervision from './2026-12-07T0920-intervision.ts';
import * as boardAverages from './2026-12-07T1000-board-averages.ts';
import * as submittedByPeriod from './2026-12-07T1010-submitted-by-period.ts';
import * as peerScoreCounts from './2026-12-07T1100-peer-score-counts.ts';
import * as partnershipRegions from './2026-12-07T1200-partnership-regions.ts';
import * as triggerPlansKept from './2026-12-07T1300-trigger-plans-kept.ts';
import * as quarterStatistics from './2026-12-07T1700-quarter-statistics.ts';
import * as versionsMovedOnce from './2026-12-07T1900-versions-moved-once.ts';
import * as dashboardSnapshots from './2026-12-07T2100-dashboard-snapshots.ts';
import * as dashboardSnapshotsAsSent from './2026-12-07T2345-dashboard-snapshots-as-sent.ts';

/**
 * Every migration by name, in the order they run. Static imports, so the built server carries them and
 * nothing has to compile TypeScript at run time. A new migration file is listed here too (a test checks).
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22T1100-reference-data': referenceData,
  '2026-11-22T1110-default-instrument': defaultInstrument,
  '2026-11-22T1200-people-and-access': peopleAndAccess,
  '2026-11-22T1300-assessments': assessments,
  '2026-11-22T1400-flags-and-timeline': flagsAndTimeline,
  '2026-11-22T1500-follow-up': followUp,
  '2026-11-22T1600-read-version': readVersion,
  '2026-11-22T1700-theme-averages': themeAverages,
  '2026-12-06T0900-flag-readings': flagReadings,
  '2026-12-06T1010-sign-in-throttle': signInThrottle,
  '2026-12-06T1130-audit-log-erasure': auditLogErasure,
  '2026-12-06T1140-application-role': applicationRole,
  '2026-12-06T1300-peer-figures': peerFigures,
  '2026-12-06T1310-data-versions': dataVersions,
  '2026-12-06T1400-theme-summary-covering-indexes': themeSummaryCoveringIndexes,
  '2026-12-07T0100-sign-in-identities': signInIdentities,
  '2026-12-07T0200-second-factor': secondFactor,
  '2026-12-07T0300-passkeys': passkeys,
  '2026-12-07T0400-api-tokens': apiTokens,
  '2026-12-07T0500-job-queue-and-invitations': jobQueueAndInvitations,
  '2026-12-07T0510-respondent-invitations': respondentInvitations,
  '2026-12-07T0600-calendar-feeds': calendarFeeds,
  '2026-12-07T0700-expected-sign-in-identities': expectedSignInIdentities,
  '2026-12-07T0710-respondent-reminders': respondentReminders,
  '2026-12-07T0720-discarded-emails': discardedEmails,
  '2026-12-07T0730-weekly-digest': weeklyDigest,
  '2026-12-07T0810-account-invitation-emails': accountInvitationEmails,
  '2026-12-07T0840-person-language': personLanguage,
  '2026-12-07T0900-good-approaches': goodApproaches,
  '2026-12-07T0905-peer-review-actions': peerReviewActions,
  '2026-12-07T0910-good-approach-notice': goodApproachNotice,
  '2026-12-07T0910-network-portraits': networkPortraits,
  '2026-12-07T0920-intervision': intervision,
  '2026-12-07T1000-board-averages': boardAverages,
  '2026-12-07T1010-submitted-by-period': submittedByPeriod,
  '2026-12-07T1100-peer-score-counts': peerScoreCounts,
  '2026-12-07T1200-partnership-regions': partnershipRegions,
  '2026-12-07T1300-trigger-plans-kept': triggerPlansKept,
  '2026-12-07T1700-quarter-statistics': quarterStatistics,
  '2026-12-07T1900-versions-moved-once': versionsMovedOnce,
  '2026-12-07T2100-dashboard-snapshots': dashboardSnapshots,
  '2026-12-07T2345-dashboard-snapshots-as-sent': dashboardSnapshotsAsSent,
};
