import type { TRole } from '@koers/shared/roles';
import { SHARED_BOARD } from './demo-partnerships.ts';

/** Every demo account signs in with this password; listed only while demo data is on. */
export const DEMO_PASSWORD = 'koers-demo-2026';

export type TDemoPerson = {
  email: string;
  displayName: string;
  role: TRole;
  /** Partnerships (by name) for managers and friends; an organisation (by name) for board members. */
  partnerships?: readonly string[];
  organisation?: string;
};

export type TDemoAccount = TDemoPerson & { description: string };

/** The accounts the login page and the README list, one per role. */
export const DEMO_ACCOUNTS: readonly TDemoAccount[] = [
  {
    email: 'admin@demo.koers.nl',
    displayName: 'Anne de Beheerder',
    role: 'admin',
    description: 'Beheerder / admin',
  },
  {
    email: 'pm@demo.koers.nl',
    displayName: 'Priya Manders',
    role: 'programme_manager',
    partnerships: ['Partnerschap Twente Leert'],
    description: 'Programmamanager van Partnerschap Twente Leert / programme manager',
  },
  {
    email: 'friend@demo.koers.nl',
    displayName: 'Frank Vriend',
    role: 'critical_friend',
    partnerships: [
      'Partnerschap Twente Leert',
      'Samen Opleiden Amstel-Oost',
      'Opleidingsschool Rijnmond',
      'Partnerschap Haaglanden Opleiden',
      'Opleidingsschool Noorderlicht',
    ],
    description: 'Kritische vriend van vijf partnerschappen / critical friend of five partnerships',
  },
  {
    email: 'board@demo.koers.nl',
    displayName: 'Bram Bestuur',
    role: 'board_member',
    organisation: SHARED_BOARD.name,
    description: `Bestuurder bij ${SHARED_BOARD.name} / board member`,
  },
];

/** More people, so partnerships and admin screens are not empty; same password, not listed. */
export const OTHER_DEMO_PEOPLE: readonly TDemoPerson[] = [
  {
    email: 'noorderlicht@demo.koers.nl',
    displayName: 'Sietske Hoekstra',
    role: 'programme_manager',
    partnerships: ['Opleidingsschool Noorderlicht'],
  },
  {
    email: 'waddenkust@demo.koers.nl',
    displayName: 'Jelle de Vries',
    role: 'programme_manager',
    partnerships: ['Samen Opleiden Waddenkust'],
  },
  {
    email: 'vallei@demo.koers.nl',
    displayName: 'Marloes Jansen',
    role: 'programme_manager',
    partnerships: ['Opleidingsschool Gelderse Vallei'],
  },
  {
    email: 'domstad@demo.koers.nl',
    displayName: 'Youssef El Amrani',
    role: 'programme_manager',
    partnerships: ['Academische Opleidingsschool Domstad'],
  },
  {
    email: 'amstel@demo.koers.nl',
    displayName: 'Esther Kok',
    role: 'programme_manager',
    partnerships: ['Samen Opleiden Amstel-Oost'],
  },
  {
    email: 'rijnmond@demo.koers.nl',
    displayName: 'Ricardo Martina',
    role: 'programme_manager',
    partnerships: ['Opleidingsschool Rijnmond'],
  },
  {
    email: 'haaglanden@demo.koers.nl',
    displayName: 'Linda Visser',
    role: 'programme_manager',
    partnerships: ['Partnerschap Haaglanden Opleiden'],
  },
  {
    email: 'zeeland@demo.koers.nl',
    displayName: 'Kees Minderhoud',
    role: 'programme_manager',
    partnerships: ['Samen Opleiden Zeeland'],
  },
  {
    email: 'kempen@demo.koers.nl',
    displayName: 'Fatma Yilmaz',
    role: 'programme_manager',
    partnerships: ['Opleidingsschool Brabant-Zuidoost'],
  },
  {
    email: 'limburg@demo.koers.nl',
    displayName: 'Huub Wetzels',
    role: 'programme_manager',
    partnerships: ['Partnerschap Limburg Leert'],
  },
  {
    email: 'flevoland@demo.koers.nl',
    displayName: 'Naomi Pinas',
    role: 'programme_manager',
    partnerships: ['Opleidingsschool Flevoland'],
  },
  {
    email: 'drechtsteden@demo.koers.nl',
    displayName: 'Sanne Verhoeven',
    role: 'programme_manager',
    partnerships: ['Samen Opleiden Drechtsteden'],
  },
  {
    email: 'achterhoek@demo.koers.nl',
    displayName: 'Gert Wolters',
    role: 'programme_manager',
    partnerships: ['Partnerschap Achterhoek Opleidt'],
  },
  {
    email: 'noordkop@demo.koers.nl',
    displayName: 'Ilse Bakker',
    role: 'programme_manager',
    partnerships: ['Opleidingsschool Kop van Noord-Holland'],
  },
  {
    email: 'drenthe@demo.koers.nl',
    displayName: 'Harm Lubbers',
    role: 'programme_manager',
    partnerships: ['Samen Opleiden Drenthe'],
  },
  {
    email: 'rijnland@demo.koers.nl',
    displayName: 'Mei Ling Tan',
    role: 'programme_manager',
    partnerships: ['Academische Opleidingsschool Leiden-Rijnland'],
  },
  {
    email: 'waal@demo.koers.nl',
    displayName: 'Joost van Dijk',
    role: 'programme_manager',
    partnerships: ['Samen Opleiden Nijmegen-Waal'],
  },
  {
    email: 'zwolle@demo.koers.nl',
    displayName: 'Aylin Demir',
    role: 'programme_manager',
    partnerships: ['Opleidingsschool Zwolle-Vecht'],
  },
  {
    email: 'vriend2@demo.koers.nl',
    displayName: 'Gerda Kritisch',
    role: 'critical_friend',
    partnerships: [
      'Samen Opleiden Waddenkust',
      'Opleidingsschool Gelderse Vallei',
      'Academische Opleidingsschool Domstad',
      'Samen Opleiden Zeeland',
      'Opleidingsschool Brabant-Zuidoost',
      'Partnerschap Limburg Leert',
      'Opleidingsschool Flevoland',
    ],
  },
];
