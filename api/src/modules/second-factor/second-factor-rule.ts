import type { TAccess } from '@koers/shared/policy';
import type { TConfig } from '../../config.ts';
import type { TSignInMethod } from '../../db/schema/people.ts';
import { DEMO_ACCOUNTS, OTHER_DEMO_PEOPLE } from '../../demo/demo-people.ts';

/**
 * The demo's own accounts share a password that the login page prints while demo data is on, and a
 * second factor could not protect them: whoever has a password-only session may enrol one. So they are
 * exempt while demo data is on (every browser, instance and load test signs in as the demo admin);
 * anyone invited into a demo installation is not.
 */
export function secondFactorExemptions(config: Pick<TConfig, 'demoData'>): ReadonlySet<string> {
  if (!config.demoData) return new Set();
  return new Set([...DEMO_ACCOUNTS, ...OTHER_DEMO_PEOPLE].map((person) => person.email));
}

type TSignedInPerson = { email: string; access: TAccess; signInMethod: TSignInMethod; enrolled: boolean };

/** ASVS level 2: admin rights need more than a password. Other ways of signing in carry their own factor. */
export function adminNeedsSecondFactor(person: TSignedInPerson, exemptions: ReadonlySet<string>): boolean {
  return (
    person.access.isAdmin && person.signInMethod === 'password' && !person.enrolled && !exemptions.has(person.email)
  );
}

/** What the person reaches until they enrol: everything their other roles open, nothing being admin opens. */
export function withoutAdminRights(access: TAccess): TAccess {
  return { ...access, isAdmin: false };
}
