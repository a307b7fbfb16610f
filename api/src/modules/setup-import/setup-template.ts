import { loadExcelJS } from '../../load-on-first-use.ts';
import { SETUP_COLUMNS, SETUP_SHEETS, type TSetupColumn, type TSetupSheet } from '@koers/shared/setup-import';

type TLanguage = 'nl' | 'en';

const SHEET_TITLES: Record<TSetupSheet, Record<TLanguage, string>> = {
  organisations: { nl: 'organisaties', en: 'organisations' },
  partnerships: { nl: 'partnerschappen', en: 'partnerships' },
  people: { nl: 'personen', en: 'people' },
};

const COLUMN_TITLES: Record<TSetupColumn, Record<TLanguage, string>> = {
  name: { nl: 'naam', en: 'name' },
  kind: { nl: 'soort', en: 'kind' },
  parent: { nl: 'bestuur', en: 'parent' },
  region: { nl: 'regio', en: 'region' },
  sector: { nl: 'sector', en: 'sector' },
  scenario: { nl: 'scenario', en: 'scenario' },
  members: { nl: 'leden', en: 'members' },
  email: { nl: 'e-mail', en: 'email' },
  role: { nl: 'rol', en: 'role' },
  partnerships: { nl: 'partnerschappen', en: 'partnerships' },
  organisation: { nl: 'organisatie', en: 'organisation' },
};

/** What each column takes, shown as a note on its header cell. */
const COLUMN_NOTES: Record<TSetupSheet, Partial<Record<TSetupColumn, Record<TLanguage, string>>>> = {
  organisations: {
    name: { nl: 'Verplicht, uniek.', en: 'Required, unique.' },
    kind: { nl: 'opleiding, schoolbestuur of school', en: 'institute, school_board or school' },
    parent: {
      nl: 'Alleen voor een school: de naam van haar schoolbestuur (in dit bestand of al in Koers).',
      en: 'Only for a school: the name of its school board (in this file or already in Koers).',
    },
  },
  partnerships: {
    name: { nl: 'Verplicht, uniek.', en: 'Required, unique.' },
    sector: { nl: 'po, vo of mbo', en: 'po, vo or mbo' },
    scenario: { nl: 'A, B of C', en: 'A, B or C' },
    members: {
      nl: 'Namen van organisaties, gescheiden door een puntkomma.',
      en: 'Names of organisations, separated by semicolons.',
    },
  },
  people: {
    email: { nl: 'Uniek: de uitnodiging gaat naar dit adres.', en: 'Unique: the invitation goes to this address.' },
    role: {
      nl: 'beheerder, programmamanager, critical friend of bestuurder',
      en: 'admin, programme_manager, critical_friend or board_member',
    },
    partnerships: {
      nl: 'Voor programmamanager en critical friend: namen van partnerschappen, gescheiden door een puntkomma.',
      en: 'For programme managers and critical friends: names of partnerships, separated by semicolons.',
    },
    organisation: {
      nl: 'Voor een bestuurder: de naam van de organisatie.',
      en: 'For a board member: the organisation.',
    },
  },
};

const EXAMPLES: Record<TSetupSheet, Record<TLanguage, string[][]>> = {
  organisations: {
    nl: [
      ['Hogeschool Voorbeeld', 'opleiding', ''],
      ['Stichting Voorbeeldscholen', 'schoolbestuur', ''],
      ['OBS De Voorbeeldschool', 'school', 'Stichting Voorbeeldscholen'],
    ],
    en: [
      ['Hogeschool Voorbeeld', 'institute', ''],
      ['Stichting Voorbeeldscholen', 'school_board', ''],
      ['OBS De Voorbeeldschool', 'school', 'Stichting Voorbeeldscholen'],
    ],
  },
  partnerships: {
    nl: [['Samen Opleiden Voorbeeld', 'Utrecht', 'po', 'B', 'Hogeschool Voorbeeld; Stichting Voorbeeldscholen']],
    en: [['Samen Opleiden Voorbeeld', 'Utrecht', 'po', 'B', 'Hogeschool Voorbeeld; Stichting Voorbeeldscholen']],
  },
  people: {
    nl: [
      ['Ilse Hoekstra', 'ilse.hoekstra@voorbeeld.nl', 'programmamanager', 'Samen Opleiden Voorbeeld', ''],
      ['Joëlle de Vries', 'joelle.devries@voorbeeld.nl', 'bestuurder', '', 'Stichting Voorbeeldscholen'],
    ],
    en: [
      ['Ilse Hoekstra', 'ilse.hoekstra@voorbeeld.nl', 'programme_manager', 'Samen Opleiden Voorbeeld', ''],
      ['Joëlle de Vries', 'joelle.devries@voorbeeld.nl', 'board_member', '', 'Stichting Voorbeeldscholen'],
    ],
  },
};

/** The set-up workbook to fill in: a sheet per kind, a header row with notes, and example rows to overwrite. */
export async function setupTemplate(language: TLanguage): Promise<Buffer> {
  const { default: Excel } = await loadExcelJS();
  const workbook = new Excel.Workbook();
  for (const sheet of SETUP_SHEETS) {
    const worksheet = workbook.addWorksheet(SHEET_TITLES[sheet][language]);
    worksheet.columns = SETUP_COLUMNS[sheet].map((column) => ({
      header: COLUMN_TITLES[column][language],
      key: column,
      width: column === 'members' || column === 'partnerships' ? 48 : 28,
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    SETUP_COLUMNS[sheet].forEach((column, i) => {
      const note = COLUMN_NOTES[sheet][column]?.[language];
      if (note) worksheet.getRow(1).getCell(i + 1).note = note;
    });
    worksheet.addRows(EXAMPLES[sheet][language]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
