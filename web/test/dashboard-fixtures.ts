import type { TBoardOverview, TPartnershipDashboard } from '@koers/shared/dashboards';

export const TWENTE_ID = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f03';

const PERIOD_IDS = [
  '6a1b2c3d-0000-4000-8000-000000000001',
  '6a1b2c3d-0000-4000-8000-000000000002',
  '6a1b2c3d-0000-4000-8000-000000000003',
  '6a1b2c3d-0000-4000-8000-000000000004',
  '6a1b2c3d-0000-4000-8000-000000000005',
  '6a1b2c3d-0000-4000-8000-000000000006',
  '6a1b2c3d-0000-4000-8000-000000000007',
  '6a1b2c3d-0000-4000-8000-000000000008',
] as const;
const CODES = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'] as const;
const OPENS = [
  '2024-10-01',
  '2025-01-01',
  '2025-04-01',
  '2025-07-01',
  '2025-10-01',
  '2026-01-01',
  '2026-04-01',
  '2026-07-01',
];

const NAMES = {
  1: { nl: 'Belang en doel van de samenwerking', en: 'Purpose and shared interest' },
  2: { nl: 'Procesmanagement en inrichting', en: 'Process management and organisation' },
  3: { nl: 'Samenwerken en leren', en: 'Collaborating and learning' },
  4: { nl: 'Data en feedback', en: 'Data and feedback' },
  5: { nl: 'Doorgaande lijn inhoud en begeleiding', en: 'Continuous line of content and induction' },
} as const;

/** Twente Leert's story: data and feedback is weak, and fell 0.6 in the latest quarter. */
const TREND_SCORES: [number, number, number, number, number][] = [
  [2.7, 2.6, 2.8, 1, 2.6],
  [2.75, 2.62, 2.85, 1.25, 2.65],
  [2.8, 2.7, 2.9, 1.5, 2.7],
  [2.85, 2.75, 2.95, 1.75, 2.8],
  [2.9, 2.8, 3, 2, 2.85],
  [2.95, 2.85, 3.05, 2.25, 2.9],
  [3, 2.9, 3.1, 2.27, 2.95],
  [3.25, 2.9, 3.05, 1.67, 3],
];

export const TWENTE_DASHBOARD: TPartnershipDashboard = {
  partnership: { id: TWENTE_ID, name: 'Partnerschap Twente Leert', region: 'Twente', sector: 'po', scenario: 'A' },
  periods: PERIOD_IDS.map((id, index) => ({ id, code: CODES[index] as string })).reverse(),
  period: { id: PERIOD_IDS[7], code: '2026-Q3' },
  previousPeriod: { id: PERIOD_IDS[6], code: '2026-Q2' },
  themes: ([1, 2, 3, 4, 5] as const).map((theme) => {
    const score = TREND_SCORES[7]?.[theme - 1] ?? null;
    const previous = TREND_SCORES[6]?.[theme - 1] ?? null;
    return {
      theme,
      name: NAMES[theme],
      score,
      previous,
      change: score !== null && previous !== null ? Math.round((score - previous) * 100) / 100 : null,
      coverage: 1,
      perspectives: { coordination: score, institute: theme === 4 ? 3.5 : score, school: theme === 1 ? 2 : score },
      perspectiveSpread: theme === 4 ? 1.83 : theme === 1 ? 1.25 : 0,
      respondentSpread: theme === 4 ? 2 : 0.5,
      peerMedian: null,
    };
  }),
  peers: { count: 3, shown: false },
  trend: CODES.map((code, index) => {
    const scores = TREND_SCORES[index] ?? [];
    return {
      periodCode: code,
      opensOn: OPENS[index] as string,
      // The questionnaire changed for 2026-Q2.
      instrumentVersion: index >= 6 ? 2 : 1,
      scores: {
        1: scores[0] ?? null,
        2: scores[1] ?? null,
        3: scores[2] ?? null,
        4: scores[3] ?? null,
        5: scores[4] ?? null,
      },
    };
  }),
  indicators: [
    {
      theme: 4,
      code: '4.1',
      text: {
        nl: 'Het partnerschap verzamelt systematisch gegevens.',
        en: 'The partnership systematically collects data.',
      },
      score: 1.5,
      dontKnow: 1,
    },
    {
      theme: 4,
      code: '4.2',
      text: { nl: 'Feedback wordt periodiek opgehaald.', en: 'Feedback is gathered periodically.' },
      score: 2,
      dontKnow: 0,
    },
  ],
  narratives: [
    {
      theme: 4,
      respondent: 'Priya Manders',
      evidence: 'We hebben nog geen vaste set gegevens.',
      nextStep: 'Een dashboard met uitval en tevredenheid opzetten.',
      priority: true,
    },
  ],
  notes: [
    {
      id: '7c1d2e3f-0000-4000-8000-000000000001',
      notedOn: '2026-08-15',
      text: 'Coördinator data vertrokken',
      author: 'Priya Manders',
    },
  ],
  flags: [
    {
      id: '8d2e3f4a-0000-4000-8000-000000000001',
      periodCode: '2026-Q3',
      theme: 4,
      kind: 'weak',
      severity: 'high',
      status: 'open',
      raisedAt: '2026-10-22T08:00:00.000Z',
      reason: {
        nl: 'Data en feedback scoort 1,67: een goed moment om samen te kijken wat hier nodig is.',
        en: 'Data and feedback scores 1.67: a good moment to talk about what this theme needs.',
      },
      resolution: null,
    },
  ],
};

/** The same partnership, in a scenario with enough peers to compare with. */
export const TWENTE_WITH_PEERS: TPartnershipDashboard = {
  ...TWENTE_DASHBOARD,
  peers: { count: 6, shown: true },
  themes: TWENTE_DASHBOARD.themes.map((theme) => ({ ...theme, peerMedian: 2.5 + theme.theme / 10 })),
};

/** A partnership that has not submitted any quarter yet. */
export const EMPTY_DASHBOARD: TPartnershipDashboard = {
  ...TWENTE_DASHBOARD,
  periods: [],
  period: null,
  previousPeriod: null,
  themes: TWENTE_DASHBOARD.themes.map((theme) => ({
    ...theme,
    score: null,
    previous: null,
    change: null,
    coverage: null,
    perspectives: {},
    perspectiveSpread: null,
    respondentSpread: null,
  })),
  trend: [],
  indicators: [],
  narratives: [],
  notes: [],
  flags: [],
};

/** The quarter still open on the board: one partnership has submitted it so far. */
export const OPEN_PERIOD = { id: '6a1b2c3d-0000-4000-8000-000000000009', code: '2026-Q4', open: true };

export const BOARD_OVERVIEW: TBoardOverview = {
  period: { id: PERIOD_IDS[7], code: '2026-Q3', open: false },
  defaultPeriodId: PERIOD_IDS[7],
  periods: [
    OPEN_PERIOD,
    ...PERIOD_IDS.map((id, index) => ({ id, code: CODES[index] as string, open: false })).reverse(),
  ],
  regions: ['Amsterdam', 'Haaglanden', 'Twente'],
  total: 3,
  rows: [
    {
      partnershipId: '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f04',
      name: 'Partnerschap Haaglanden Opleiden',
      region: 'Haaglanden',
      sector: 'po',
      scenario: 'B',
      submitted: true,
      scores: { 1: 3.1, 2: 2.9, 3: 3.2, 4: 2.8, 5: 3 },
      openFlags: 0,
    },
    {
      partnershipId: TWENTE_ID,
      name: 'Partnerschap Twente Leert',
      region: 'Twente',
      sector: 'po',
      scenario: 'A',
      submitted: true,
      scores: { 1: 3.25, 2: 2.9, 3: 3.05, 4: 1.67, 5: 3 },
      openFlags: 2,
    },
    {
      partnershipId: '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f05',
      name: 'Samen Opleiden Amstel-Oost',
      region: 'Amsterdam',
      sector: 'po',
      scenario: 'C',
      submitted: false,
      scores: { 1: null, 2: null, 3: null, 4: null, 5: null },
      openFlags: 1,
    },
  ],
  trend: [
    ...CODES.map((code, index) => ({
      periodCode: code,
      status: 'complete' as const,
      submitted: 12,
      partnerships: { 1: 12, 2: 12, 3: 12, 4: 11, 5: 12 },
      averages: { 1: 2.8 + index / 20, 2: 2.7, 3: 2.9, 4: 2.2 + index / 40, 5: 2.9 },
    })),
    {
      periodCode: OPEN_PERIOD.code,
      status: 'open' as const,
      submitted: 1,
      partnerships: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 },
      averages: { 1: null, 2: null, 3: null, 4: null, 5: null },
    },
  ],
  notSubmitted: [{ partnershipId: '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f05', name: 'Samen Opleiden Amstel-Oost' }],
};
