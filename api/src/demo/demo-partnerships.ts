import type { TScenario, TSector } from '@koers/shared/partnerships';

/**
 * Nineteen fictional partnerships spread over the country's regions, the three sectors and the three
 * collaboration scenarios: at least six per scenario, so that every partnership's dashboard has five peers
 * of its own scenario to compare with (MIN_PEERS), also in a quarter one of them left unsubmitted.
 * Names are invented; any likeness to a real organisation is unintended.
 */
export type TDemoBoard = { name: string; schools: readonly string[] };
export type TDemoPartnership = {
  name: string;
  region: string;
  sector: TSector;
  scenario: TScenario;
  institutes: readonly string[];
  boards: readonly TDemoBoard[];
};

/** A board that takes part in several partnerships: the demo board member's organisation. */
export const SHARED_BOARD: TDemoBoard = {
  name: 'Stichting Samen Sterk Onderwijs',
  schools: ['CBS De Regenboog', 'OBS Het Kompas', 'Kindcentrum De Vlinder'],
};

export const DEMO_PARTNERSHIPS: readonly TDemoPartnership[] = [
  {
    name: 'Opleidingsschool Noorderlicht',
    region: 'Groningen',
    sector: 'vo',
    scenario: 'C',
    institutes: ['Hogeschool Noorderlicht', 'Rijksuniversiteit Stad en Ommeland'],
    boards: [
      {
        name: 'Stichting VO Groningen-Oost',
        schools: ['Zernike College', 'Ommeland Lyceum', 'Praktijkschool De Hunze'],
      },
    ],
  },
  {
    name: 'Samen Opleiden Waddenkust',
    region: 'Friesland',
    sector: 'po',
    scenario: 'B',
    institutes: ['Pabo Waddenkust'],
    boards: [
      { name: 'Stichting Primair Onderwijs Fryslân', schools: ['OBS De Terp', 'CBS It Harspit'] },
      { name: 'Stichting Kindcentra Noordwest', schools: ['Kindcentrum De Wadden'] },
    ],
  },
  {
    name: 'Partnerschap Twente Leert',
    region: 'Twente',
    sector: 'po',
    scenario: 'A',
    institutes: ['Hogeschool Oost-Nederland'],
    boards: [
      SHARED_BOARD,
      { name: 'Stichting Openbaar Onderwijs Twente', schools: ['OBS De Esch', 'OBS Het Twentse Ros'] },
    ],
  },
  {
    name: 'Opleidingsschool Gelderse Vallei',
    region: 'Gelderland',
    sector: 'vo',
    scenario: 'B',
    institutes: ['Hogeschool Vallei en Veluwe'],
    boards: [{ name: 'Stichting Voortgezet Onderwijs Vallei', schools: ['Vallei College', 'Het Veluws Lyceum'] }],
  },
  {
    name: 'Academische Opleidingsschool Domstad',
    region: 'Utrecht',
    sector: 'vo',
    scenario: 'C',
    institutes: ['Universiteit Domstad', 'Hogeschool Domstad'],
    boards: [
      {
        name: 'Stichting Utrechtse Scholengroep',
        schools: ['Domstad Gymnasium', 'Vechtdal College', 'Kromme Rijn Lyceum'],
      },
    ],
  },
  {
    name: 'Samen Opleiden Amstel-Oost',
    region: 'Amsterdam',
    sector: 'po',
    scenario: 'C',
    institutes: ['Pabo Amstelstad'],
    boards: [
      SHARED_BOARD,
      {
        name: 'Stichting Openbaar Primair Amstel',
        schools: ['OBS De Watergeus', 'OBS Oostpoort', 'Kindcentrum IJburg-Zuid'],
      },
    ],
  },
  {
    name: 'Opleidingsschool Rijnmond',
    region: 'Rotterdam-Rijnmond',
    sector: 'vo',
    scenario: 'A',
    institutes: ['Hogeschool Maasstad'],
    boards: [{ name: 'Stichting Scholengroep Rijnmond', schools: ['Maascollege', 'Lyceum Kralingen'] }],
  },
  {
    name: 'Partnerschap Haaglanden Opleiden',
    region: 'Haaglanden',
    sector: 'po',
    scenario: 'B',
    institutes: ['Haagse Pabo Hofstad'],
    boards: [SHARED_BOARD, { name: 'Stichting Haagse Basisscholen', schools: ['CBS De Duinroos', 'OBS Het Plein'] }],
  },
  {
    name: 'Samen Opleiden Zeeland',
    region: 'Zeeland',
    sector: 'mbo',
    scenario: 'A',
    institutes: ['Hogeschool Delta Zeeland'],
    boards: [
      { name: 'Scalda Onderwijsgroep Zeeland', schools: ['Vakcollege Vlissingen', 'Techniekcollege Terneuzen'] },
    ],
  },
  {
    name: 'Opleidingsschool Brabant-Zuidoost',
    region: 'Noord-Brabant',
    sector: 'mbo',
    scenario: 'B',
    institutes: ['Hogeschool De Kempen'],
    boards: [{ name: 'Stichting Summa Kempenland', schools: ['Kempen College Eindhoven', 'Vakschool Helmond'] }],
  },
  {
    name: 'Partnerschap Limburg Leert',
    region: 'Limburg',
    sector: 'po',
    scenario: 'A',
    institutes: ['Pabo Maasvallei'],
    boards: [{ name: 'Stichting Kindante Zuid', schools: ['BS De Maasparel', 'BS Heuvelland', 'BS Sint Servaas'] }],
  },
  {
    name: 'Opleidingsschool Flevoland',
    region: 'Flevoland',
    sector: 'mbo',
    scenario: 'C',
    institutes: ['Hogeschool Nieuw Land'],
    boards: [{ name: 'Stichting MBO Flevoland', schools: ['Polder College Almere', 'Vakcollege Lelystad'] }],
  },
  {
    name: 'Samen Opleiden Drechtsteden',
    region: 'Zuid-Holland Zuid',
    sector: 'vo',
    scenario: 'A',
    institutes: ['Hogeschool Merwede'],
    boards: [{ name: 'Stichting Openbaar Voortgezet Drechtsteden', schools: ['Merwede College', 'Lyceum Dordrecht'] }],
  },
  {
    name: 'Partnerschap Achterhoek Opleidt',
    region: 'Achterhoek',
    sector: 'po',
    scenario: 'A',
    institutes: ['Pabo Achterhoek'],
    boards: [{ name: 'Stichting Primair Onderwijs Achterhoek', schools: ['OBS De Slinge', 'CBS De Berkel'] }],
  },
  {
    name: 'Opleidingsschool Kop van Noord-Holland',
    region: 'Noord-Holland Noord',
    sector: 'vo',
    scenario: 'B',
    institutes: ['Hogeschool Noordkop'],
    boards: [{ name: 'Stichting Scholengroep Noordkop', schools: ['Helder College', 'Polderlyceum Schagen'] }],
  },
  {
    name: 'Samen Opleiden Drenthe',
    region: 'Drenthe',
    sector: 'po',
    scenario: 'B',
    institutes: ['Pabo Drenthe'],
    boards: [
      { name: 'Stichting Openbaar Onderwijs Drenthe', schools: ['OBS De Hondsrug', 'OBS Het Brinkdorp'] },
      // Also a board of Samen Opleiden Waddenkust: boards often work with more than one partnership.
      { name: 'Stichting Kindcentra Noordwest', schools: ['Kindcentrum De Wadden'] },
    ],
  },
  {
    name: 'Academische Opleidingsschool Leiden-Rijnland',
    region: 'Leiden',
    sector: 'vo',
    scenario: 'C',
    institutes: ['Universiteit Leiden-Rijnland'],
    boards: [
      { name: 'Stichting Rijnlands Voortgezet Onderwijs', schools: ['Rijnland Lyceum', 'Stedelijk College Leiden'] },
    ],
  },
  {
    name: 'Samen Opleiden Nijmegen-Waal',
    region: 'Nijmegen',
    sector: 'po',
    scenario: 'C',
    institutes: ['Pabo Waalstad'],
    boards: [{ name: 'Stichting Kindcentra Waalstad', schools: ['Kindcentrum De Waalkade', 'OBS De Lindenberg'] }],
  },
  {
    name: 'Opleidingsschool Zwolle-Vecht',
    region: 'Overijssel',
    sector: 'mbo',
    scenario: 'C',
    institutes: ['Hogeschool IJsseldelta'],
    boards: [{ name: 'Stichting MBO IJsselland', schools: ['Vakcollege Zwolle', 'Techniekhuis Kampen'] }],
  },
];
