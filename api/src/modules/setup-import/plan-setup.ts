import { ZEmail } from '@koers/shared/auth';
import type { TOrganisationKind } from '@koers/shared/organisations';
import type { TScenario, TSector } from '@koers/shared/partnerships';
import type { TSetupColumn, TSetupImportProblem, TSetupSheet } from '@koers/shared/setup-import';
import { normalised, type TSetupRow, type TSetupSheets } from './setup-sheets.ts';

export type TExisting = {
  organisations: { id: string; name: string; kind: TOrganisationKind }[];
  partnerships: { id: string; name: string }[];
  /** Addresses in lower case. */
  emails: ReadonlySet<string>;
};

/** A role's place named as in the file: resolved to an id when the rows are written. */
type TPlannedGrant =
  | { role: 'admin' }
  | { role: 'programme_manager' | 'critical_friend'; partnership: string }
  | { role: 'board_member'; organisation: string };

export type TSetupPlan = {
  /** School boards first, so the schools after them find their board. */
  organisations: { name: string; kind: TOrganisationKind; parent: string | null }[];
  partnerships: { name: string; region: string; sector: TSector; scenario: TScenario; members: string[] }[];
  people: { name: string; email: string; grants: TPlannedGrant[] }[];
};

const KINDS: Record<string, TOrganisationKind> = {
  institute: 'institute',
  instituut: 'institute',
  opleiding: 'institute',
  lerarenopleiding: 'institute',
  school_board: 'school_board',
  'school board': 'school_board',
  schoolbestuur: 'school_board',
  bestuur: 'school_board',
  school: 'school',
};
const SECTORS: Record<string, TSector> = { po: 'po', vo: 'vo', mbo: 'mbo' };
const SCENARIOS: Record<string, TScenario> = { a: 'A', b: 'B', c: 'C' };
const ROLES: Record<string, TPlannedGrant['role']> = {
  admin: 'admin',
  beheerder: 'admin',
  programme_manager: 'programme_manager',
  'programme manager': 'programme_manager',
  programmamanager: 'programme_manager',
  critical_friend: 'critical_friend',
  'critical friend': 'critical_friend',
  board_member: 'board_member',
  'board member': 'board_member',
  bestuurder: 'board_member',
  bestuurslid: 'board_member',
};

/** A list in one cell: names separated by semicolons or line breaks (a comma may be part of a name). */
const listOf = (cell: string) => {
  const names = cell
    .split(/[;\n|]/)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.filter((name, i) => names.findIndex((other) => normalised(other) === normalised(name)) === i);
};

/**
 * Judges every row of a set-up spreadsheet against itself and against what Koers already holds, and lists
 * every problem; without problems, the plan is what the import writes.
 */
export function planSetup(
  sheets: TSetupSheets,
  existing: TExisting,
): { plan: TSetupPlan; problems: TSetupImportProblem[] } {
  const problems: TSetupImportProblem[] = [];
  const plan: TSetupPlan = { organisations: [], partnerships: [], people: [] };

  const at = (sheet: TSetupSheet, row: TSetupRow) => ({
    problem: (column: TSetupColumn | null, code: TSetupImportProblem['code'], params: Record<string, string> = {}) =>
      problems.push({ sheet, row: row.number, column, code, params }),
  });

  /** A required text within bounds, or undefined after reporting why not. */
  const text = (sheet: TSetupSheet, row: TSetupRow, column: TSetupColumn, min: number, max: number) => {
    const value = row.cell(column);
    const { problem } = at(sheet, row);
    if (value === '') problem(column, 'VALUE_MISSING');
    else if (value.length < min) problem(column, 'VALUE_TOO_SHORT', { min: String(min) });
    else if (value.length > max) problem(column, 'VALUE_TOO_LONG', { max: String(max) });
    else return value;
    return undefined;
  };

  /** Names already in Koers, and those the file adds; a name held by two existing ones cannot be linked to. */
  const existingCount = <T extends { name: string }>(items: T[]) => {
    const count = new Map<string, T[]>();
    for (const item of items) count.set(normalised(item.name), [...(count.get(normalised(item.name)) ?? []), item]);
    return count;
  };
  const existingOrganisations = existingCount(existing.organisations);
  const existingPartnerships = existingCount(existing.partnerships);

  const fileOrganisations = new Map<string, TOrganisationKind | undefined>();
  const sortedOrganisations: (TSetupPlan['organisations'][number] & { row: TSetupRow })[] = [];
  for (const row of sheets.organisations) {
    const { problem } = at('organisations', row);
    const name = text('organisations', row, 'name', 2, 200);
    const kindCell = row.cell('kind');
    const kind = KINDS[normalised(kindCell)];
    if (kindCell === '') problem('kind', 'VALUE_MISSING');
    else if (!kind) problem('kind', 'KIND_UNKNOWN', { value: kindCell });
    if (name === undefined) continue;
    const key = normalised(name);
    if (fileOrganisations.has(key)) problem('name', 'DUPLICATE_IN_FILE', { value: name });
    else if (existingOrganisations.has(key)) problem('name', 'ALREADY_EXISTS', { value: name });
    fileOrganisations.set(key, kind);
    if (kind) sortedOrganisations.push({ name, kind, parent: row.cell('parent') || null, row });
  }
  /** Checks a name refers to one organisation, in the file or in Koers, and returns its kind. */
  const organisationKind = (name: string, report: (code: TSetupImportProblem['code']) => void) => {
    const key = normalised(name);
    if (fileOrganisations.has(key)) return fileOrganisations.get(key);
    const found = existingOrganisations.get(key) ?? [];
    if (found.length === 0) report('ORGANISATION_UNKNOWN');
    if (found.length > 1) report('NAME_AMBIGUOUS');
    return found.length === 1 ? found[0]?.kind : undefined;
  };
  for (const organisation of sortedOrganisations) {
    const { problem } = at('organisations', organisation.row);
    if (organisation.parent === null) continue;
    const parent = organisation.parent;
    if (organisation.kind !== 'school') {
      problem('parent', 'PARENT_NOT_A_BOARD', { value: parent });
      continue;
    }
    const parentKind = organisationKind(parent, (code) => problem('parent', code, { value: parent }));
    if (parentKind && parentKind !== 'school_board') problem('parent', 'PARENT_NOT_A_BOARD', { value: parent });
  }
  plan.organisations = sortedOrganisations
    .map(({ row: _row, ...organisation }) => organisation)
    .sort((a, b) => Number(a.kind === 'school') - Number(b.kind === 'school'));

  const filePartnerships = new Set<string>();
  for (const row of sheets.partnerships) {
    const { problem } = at('partnerships', row);
    const name = text('partnerships', row, 'name', 2, 200);
    const region = text('partnerships', row, 'region', 2, 100);
    const sector = SECTORS[normalised(row.cell('sector'))];
    const scenario = SCENARIOS[normalised(row.cell('scenario'))];
    if (row.cell('sector') === '') problem('sector', 'VALUE_MISSING');
    else if (!sector) problem('sector', 'SECTOR_UNKNOWN', { value: row.cell('sector') });
    if (row.cell('scenario') === '') problem('scenario', 'VALUE_MISSING');
    else if (!scenario) problem('scenario', 'SCENARIO_UNKNOWN', { value: row.cell('scenario') });
    const members = listOf(row.cell('members'));
    for (const member of members) organisationKind(member, (code) => problem('members', code, { value: member }));
    if (name === undefined) continue;
    const key = normalised(name);
    if (filePartnerships.has(key)) problem('name', 'DUPLICATE_IN_FILE', { value: name });
    else if (existingPartnerships.has(key)) problem('name', 'ALREADY_EXISTS', { value: name });
    filePartnerships.add(key);
    if (region !== undefined && sector && scenario) plan.partnerships.push({ name, region, sector, scenario, members });
  }

  const fileEmails = new Set<string>();
  for (const row of sheets.people) {
    const { problem } = at('people', row);
    const name = text('people', row, 'name', 2, 120);
    const emailCell = row.cell('email');
    const email = ZEmail.safeParse(emailCell);
    if (emailCell === '') problem('email', 'VALUE_MISSING');
    else if (!email.success) problem('email', 'EMAIL_INVALID', { value: emailCell });
    else if (fileEmails.has(email.data)) problem('email', 'DUPLICATE_IN_FILE', { value: email.data });
    else if (existing.emails.has(email.data)) problem('email', 'ALREADY_EXISTS', { value: email.data });
    if (email.success) fileEmails.add(email.data);

    const roleCell = row.cell('role');
    const role = ROLES[normalised(roleCell).replace(/-/g, ' ')];
    if (roleCell === '') problem('role', 'VALUE_MISSING');
    else if (!role) problem('role', 'ROLE_UNKNOWN', { value: roleCell });
    const partnerships = listOf(row.cell('partnerships'));
    const organisation = row.cell('organisation');
    const grants: TPlannedGrant[] = [];
    if (role === 'admin') {
      if (partnerships.length > 0) problem('partnerships', 'PLACE_NOT_EXPECTED', { role });
      if (organisation !== '') problem('organisation', 'PLACE_NOT_EXPECTED', { role });
      grants.push({ role });
    } else if (role === 'programme_manager' || role === 'critical_friend') {
      if (partnerships.length === 0) problem('partnerships', 'PLACE_MISSING', { role });
      for (const partnership of partnerships) {
        const key = normalised(partnership);
        const known = filePartnerships.has(key) ? 1 : (existingPartnerships.get(key)?.length ?? 0);
        if (known === 0) problem('partnerships', 'PARTNERSHIP_UNKNOWN', { value: partnership });
        if (known > 1) problem('partnerships', 'NAME_AMBIGUOUS', { value: partnership });
        grants.push({ role, partnership });
      }
    } else if (role === 'board_member') {
      if (organisation === '') problem('organisation', 'PLACE_MISSING', { role });
      else organisationKind(organisation, (code) => problem('organisation', code, { value: organisation }));
      grants.push({ role, organisation });
    }
    if (name !== undefined && email.success) plan.people.push({ name, email: email.data, grants });
  }
  return { plan, problems };
}
