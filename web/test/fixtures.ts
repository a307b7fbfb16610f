import type { TCurrentUser } from '@koers/shared/auth';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import type { TOrganisationDetail } from '@koers/shared/organisations';
import type { TPartnership, TPartnershipSummary } from '@koers/shared/partnerships';

export const NOORDERLICHT_ID = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f01';

export const PARTNERSHIP_SUMMARIES: TPartnershipSummary[] = [
  {
    id: NOORDERLICHT_ID,
    name: 'Opleidingsschool Noorderlicht',
    region: 'Groningen',
    sector: 'vo',
    scenario: 'C',
    memberCount: 6,
  },
  {
    id: '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f02',
    name: 'Samen Opleiden Waddenkust',
    region: 'Friesland',
    sector: 'po',
    scenario: 'B',
    memberCount: 1,
  },
];

export const NOORDERLICHT: TPartnership = {
  id: NOORDERLICHT_ID,
  name: 'Opleidingsschool Noorderlicht',
  region: 'Groningen',
  sector: 'vo',
  scenario: 'C',
  sharesWithBoard: false,
  members: [
    { id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a01', name: 'Hogeschool Noorderlicht', kind: 'institute' },
    { id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a02', name: 'Rijksuniversiteit Stad en Ommeland', kind: 'institute' },
    { id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a03', name: 'Stichting VO Groningen-Oost', kind: 'school_board' },
    { id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a04', name: 'Zernike College', kind: 'school' },
    { id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a05', name: 'Ommeland Lyceum', kind: 'school' },
    { id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a06', name: 'Praktijkschool De Hunze', kind: 'school' },
  ],
};

const THEMES = [
  [1, 'Belang en doel van de samenwerking', 'Purpose and shared interest'],
  [2, 'Procesmanagement en inrichting', 'Process management and organisation'],
  [3, 'Samenwerken en leren', 'Collaborating and learning'],
  [4, 'Data en feedback', 'Data and feedback'],
  [5, 'Doorgaande lijn inhoud en begeleiding', 'Continuous line of content and induction'],
] as const;

export const INSTRUMENT: TInstrumentVersion = {
  id: '2d8f4c3a-6e5f-4a0c-9d3b-4c9e7f1a3b01',
  version: 1,
  title: { nl: 'Zelfevaluatie Samen Opleiden', en: 'Samen Opleiden self-assessment' },
  status: 'published',
  publishedAt: '2026-11-22T11:10:00.000Z',
  themes: THEMES.map(([number, nl, en]) => ({
    number,
    name: { nl, en },
    question: { nl: `Onderliggende vraag bij thema ${number}?`, en: `Question behind theme ${number}?` },
    indicators: [1, 2].map((n) => ({
      id: `3e9a5d4b-7f60-4b1d-8e4c-5d0f8a2b4c${number}${n}`,
      code: `${number}.${n}`,
      text: { nl: `Indicator ${number}.${n} in het Nederlands`, en: `Indicator ${number}.${n} in English` },
      continuesIndicatorId: null,
    })),
  })),
};

const TWENTE_ID = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f03';

/** A programme manager of one partnership, without any platform rights. */
export const PROGRAMME_MANAGER: TCurrentUser = {
  id: '4fa06e5c-8a71-4c2e-9f5d-6e1a9b3c5d01',
  displayName: 'Priya Manders',
  email: 'pm@demo.koers.nl',
  roles: [
    {
      id: '5ab17f6d-9b82-4d3f-8a6e-7f2b0c4d6e01',
      role: 'programme_manager',
      partnershipId: TWENTE_ID,
      partnershipName: 'Partnerschap Twente Leert',
    },
  ],
  access: { isAdmin: false, programmeManagerOf: [TWENTE_ID], criticalFriendOf: [], boardMemberOf: [] },
  secondFactorRequired: false,
};

export const ADMIN: TCurrentUser = {
  id: '4fa06e5c-8a71-4c2e-9f5d-6e1a9b3c5d02',
  displayName: 'Anne de Beheerder',
  email: 'admin@demo.koers.nl',
  roles: [{ id: '5ab17f6d-9b82-4d3f-8a6e-7f2b0c4d6e02', role: 'admin' }],
  access: { isAdmin: true, programmeManagerOf: [], criticalFriendOf: [], boardMemberOf: [] },
  secondFactorRequired: false,
};

export const ORGANISATIONS: TOrganisationDetail[] = [
  {
    id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a01',
    name: 'Hogeschool Noorderlicht',
    kind: 'institute',
    parentId: null,
    partnershipCount: 1,
  },
  {
    id: '1c7e3b2f-5d4e-4f9b-8c2a-3b8d6e0f2a03',
    name: 'Stichting VO Groningen-Oost',
    kind: 'school_board',
    parentId: null,
    partnershipCount: 1,
  },
];
