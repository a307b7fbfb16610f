import type { partnershipsNl } from '../nl/partnerships.ts';

/** Partnerships: the list, one partnership, its sectors and scenarios, in English (the same keys as Dutch). */
export const partnershipsEn: typeof partnershipsNl = {
  sectors: {
    po: 'Primary education (po)',
    vo: 'Secondary education (vo)',
    mbo: 'Vocational education (mbo)',
  },
  scenarios: {
    A: {
      label: 'Scenario A · Workplace learning',
      description:
        'School-bound workplace learning, aimed at well-prepared starting teachers. Two houses side by side, with connecting doors.',
    },
    B: {
      label: 'Scenario B · Intermediate',
      description: 'An intermediate form: more joint than workplace learning, not yet fully learning together.',
    },
    C: {
      label: 'Scenario C · Learning together',
      description:
        'Inter-institutional professional development: all teachers keep learning, driven by demand. One house with plenty of room to meet.',
    },
  },
  partnerships: {
    title: 'Partnerships',
    intro:
      'All Samen Opleiden partnerships that Koers follows. Choose a partnership to see which institutes, school boards and schools work together.',
    filters: {
      label: 'Filter partnerships',
      search: 'Search by name or region',
      sector: 'Sector',
      allSectors: 'All sectors',
      scenario: 'Collaboration scenario',
      allScenarios: 'All scenarios',
      clear: 'Clear filters',
    },
    count_one: '{{count}} partnership',
    count_other: '{{count}} partnerships',
    table: {
      caption: 'Partnerships with region, sector, scenario and number of member organisations',
      name: 'Partnership',
      region: 'Region',
      sector: 'Sector',
      scenario: 'Scenario',
      members: 'Organisations',
    },
    memberCount_one: '{{count}} organisation',
    memberCount_other: '{{count}} organisations',
    empty: {
      title: 'No partnerships found',
      filtered: 'No partnership matches these filters. Adjust or clear the filters.',
      none: 'No partnerships have been added yet.',
    },
  },
  partnership: {
    back: 'All partnerships',
    details: 'Characteristics',
    region: 'Region',
    sector: 'Sector',
    scenario: 'Collaboration scenario',
    members: 'Member organisations',
    membersIntro: 'The institutes, school boards and schools that train teachers together in this partnership.',
    kinds: {
      institute: 'Teacher-training institutes',
      school_board: 'School boards',
      school: 'Schools',
    },
    noMembers: 'No organisations have been linked to this partnership yet.',
    notFound: {
      title: 'Partnership not found',
      text: 'This partnership does not exist (any more), or the link is incomplete.',
    },
  },
};
