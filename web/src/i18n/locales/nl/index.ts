import { commonNl } from './common.ts';
import { partnershipsNl } from './partnerships.ts';
import { organisationsNl } from './organisations.ts';
import { peopleNl } from './people.ts';
import { authNl } from './auth.ts';
import { signInMethodsNl } from './sign-in-methods.ts';
import { instrumentNl } from './instrument.ts';
import { instrumentVersionsNl } from './instrument-versions.ts';
import { periodsNl } from './periods.ts';
import { assessmentsNl } from './assessments.ts';
import { historyImportNl } from './history-import.ts';
import { dashboardsNl } from './dashboards.ts';
import { flagsNl } from './flags.ts';
import { followUpNl } from './follow-up.ts';
import { noticesNl } from './notices.ts';
import { calendarFeedNl } from './calendar-feed.ts';
import { reportNl } from './report.ts';
import { adminNl } from './admin.ts';
import { apiTokensNl } from './api-tokens.ts';
import { passkeysNl } from './passkeys.ts';
import { secondFactorNl } from './second-factor.ts';
import { invitationsNl } from './invitations.ts';
import { personSignInNl } from './person-sign-in.ts';
import { remindersNl } from './reminders.ts';
import { jobQueueNl } from './job-queue.ts';
import { intervisionNl } from './intervision.ts';
import { networkNl } from './network.ts';
import { exportsNl } from './exports.ts';
import { setupImportNl } from './setup-import.ts';
import { goodApproachesNl } from './good-approaches.ts';

/**
 * Dutch is the source language: every other language provides the same keys, area by area in a file
 * of the same name (see ../en/). Each top-level key belongs to one area.
 */
export const nl = {
  ...commonNl,
  ...partnershipsNl,
  ...organisationsNl,
  ...peopleNl,
  ...authNl,
  ...signInMethodsNl,
  ...instrumentNl,
  ...instrumentVersionsNl,
  ...periodsNl,
  ...assessmentsNl,
  ...historyImportNl,
  ...dashboardsNl,
  ...flagsNl,
  ...followUpNl,
  ...noticesNl,
  ...calendarFeedNl,
  ...reportNl,
  ...adminNl,
  ...apiTokensNl,
  ...passkeysNl,
  ...secondFactorNl,
  ...invitationsNl,
  ...personSignInNl,
  ...remindersNl,
  ...jobQueueNl,
  ...intervisionNl,
  ...networkNl,
  ...exportsNl,
  ...setupImportNl,
  ...goodApproachesNl,
};

export type TTranslation = typeof nl;
