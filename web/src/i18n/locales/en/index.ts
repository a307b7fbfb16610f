import { commonEn } from './common.ts';
import { partnershipsEn } from './partnerships.ts';
import { organisationsEn } from './organisations.ts';
import { peopleEn } from './people.ts';
import { authEn } from './auth.ts';
import { signInMethodsEn } from './sign-in-methods.ts';
import { instrumentEn } from './instrument.ts';
import { instrumentVersionsEn } from './instrument-versions.ts';
import { periodsEn } from './periods.ts';
import { assessmentsEn } from './assessments.ts';
import { historyImportEn } from './history-import.ts';
import { dashboardsEn } from './dashboards.ts';
import { flagsEn } from './flags.ts';
import { followUpEn } from './follow-up.ts';
import { noticesEn } from './notices.ts';
import { calendarFeedEn } from './calendar-feed.ts';
import { reportEn } from './report.ts';
import { adminEn } from './admin.ts';
import { apiTokensEn } from './api-tokens.ts';
import { passkeysEn } from './passkeys.ts';
import { secondFactorEn } from './second-factor.ts';
import { invitationsEn } from './invitations.ts';
import { personSignInEn } from './person-sign-in.ts';
import { remindersEn } from './reminders.ts';
import { jobQueueEn } from './job-queue.ts';
import { intervisionEn } from './intervision.ts';
import { networkEn } from './network.ts';
import { exportsEn } from './exports.ts';
import { setupImportEn } from './setup-import.ts';
import { goodApproachesEn } from './good-approaches.ts';
import type { TTranslation } from '../nl/index.ts';

export const en = {
  ...commonEn,
  ...partnershipsEn,
  ...organisationsEn,
  ...peopleEn,
  ...authEn,
  ...signInMethodsEn,
  ...instrumentEn,
  ...instrumentVersionsEn,
  ...periodsEn,
  ...assessmentsEn,
  ...historyImportEn,
  ...dashboardsEn,
  ...flagsEn,
  ...followUpEn,
  ...noticesEn,
  ...calendarFeedEn,
  ...reportEn,
  ...adminEn,
  ...apiTokensEn,
  ...passkeysEn,
  ...secondFactorEn,
  ...invitationsEn,
  ...personSignInEn,
  ...remindersEn,
  ...jobQueueEn,
  ...intervisionEn,
  ...networkEn,
  ...exportsEn,
  ...setupImportEn,
  ...goodApproachesEn,
} satisfies TTranslation;
