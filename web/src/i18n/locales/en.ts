import type { TTranslation } from './nl.ts';

export const en = {
  app: {
    name: 'Koers',
    tagline: 'Samen Opleiden on the five core themes',
    skipToContent: 'Skip to content',
    footer: 'Koers helps Samen Opleiden partnerships see together where they stand and what their next step is.',
    pageTitle: '{{page}} · Koers',
  },
  nav: {
    label: 'Main menu',
    partnerships: 'Partnerships',
    questionnaire: 'Questionnaire',
  },
  language: {
    label: 'Language',
  },
  status: {
    loading: 'Loading…',
    updating: 'Updating results…',
    retry: 'Try again',
    errorTitle: 'That did not work this time',
    network: 'The server cannot be reached. Check your internet connection and try again.',
    server: 'Something went wrong on our side. Please try again in a moment.',
    unavailable: 'Koers is temporarily unavailable. Please try again in a moment.',
    invalidResponse: 'The server sent an answer we do not understand. Please try again.',
    request: 'This information could not be retrieved.',
    requestId: 'Reference for the help desk: {{requestId}}',
  },
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
  questionnaire: {
    title: 'Questionnaire',
    version: 'Version {{version}}',
    publishedOn: 'published on {{date}}',
    intro:
      'Every quarter the partners look together at where the partnership stands on the five core themes. It is not a judgement, but a conversation about the next step.',
    preconditions: 'The first four themes are preconditions for the fifth.',
    scale: {
      title: 'How to score',
      intro: 'For each indicator, choose the step that best fits the situation today.',
      levels: {
        '1': { label: 'Not started', description: 'No start has been made yet.' },
        '2': { label: 'Developing', description: 'Work is under way, but it is not yet visible everywhere.' },
        '3': { label: 'Established', description: 'It works in practice.' },
        '4': {
          label: 'Embedded and sustained',
          description: 'It works, it is laid down, and it lasts when people leave.',
        },
      },
      dontKnow: {
        label: 'Don’t know',
        description:
          'Not a score. It is left out of the average, but shows where the partnership does not yet have a clear view.',
      },
    },
    themes: {
      title: 'The five core themes',
      number: 'Theme {{number}}',
      question: 'The question behind this theme',
      indicators: 'Indicators',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist. The link may be out of date, or the address may contain a typo.',
    home: 'Go to partnerships',
  },
  routeError: {
    title: 'Something went wrong',
    text: 'This page could not be loaded. There may be a new version of Koers; reload the page.',
    reload: 'Reload page',
  },
} satisfies TTranslation;
