import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZPartnershipDashboard, type TDashboardBase } from '@koers/shared/dashboards';
import { dashboardJson, renderedDashboard } from './dashboard-json.ts';

const quarter = { id: '0b6e7f52-6f1c-4b8e-9a55-0c3f4a1d2e01', code: '2026-Q3' };
const base: TDashboardBase = {
  partnership: {
    id: '5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    name: 'Opleiden in de "Regio" \\ Zuid',
    region: 'Zeeland',
    sector: 'po',
    scenario: 'B',
  },
  periods: [quarter],
  period: quarter,
  previousPeriod: null,
  themes: [1, 2, 3, 4, 5].map((theme) => ({
    theme: theme as 1 | 2 | 3 | 4 | 5,
    name: { nl: `Thema ${theme}`, en: `Theme ${theme}` },
    score: theme === 4 ? null : 2 + theme / 4,
    previous: null,
    change: null,
    coverage: 0.9,
    perspectives: { school: 2.5 },
    perspectiveSpread: null,
    respondentSpread: 0.4,
  })),
  trend: [
    {
      periodCode: quarter.code,
      opensOn: '2026-07-01',
      instrumentVersion: 1,
      scores: { '1': 2.25, '2': 2.5, '3': 2.75, '4': null, '5': 3.25 },
    },
  ],
  indicators: [],
  notes: [
    { id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', notedOn: '2026-09-01', text: 'Regel\nen "citaat"', author: 'A' },
  ],
  flags: [],
};
const completion = {
  themes: base.themes.map((theme) => ({ ...theme, peerMedian: theme.theme === 1 ? 2.5 : null })),
  peers: { count: 7, shown: true },
  narratives: [{ theme: 2 as const, respondent: 'B', evidence: 'Bewijs', nextStep: 'Stap', priority: true }],
};

describe('a dashboard as JSON text from its rendering', () => {
  it('is the dashboard its schema would encode, with every part, however the texts are quoted', () => {
    const text = gunzipSync(dashboardJson({ rendered: renderedDashboard(base), completion }).bytes).toString('utf8');
    const whole = { ...base, ...completion };
    expect(JSON.parse(text)).toEqual(z.encode(ZPartnershipDashboard, whole));
    expect(ZPartnershipDashboard.parse(JSON.parse(text))).toEqual(whole);
  });

  it('refuses a rendering its schema refuses, as the response check did', () => {
    const broken = { ...base, period: { id: 'not an id', code: '2026-Q3' } };
    expect(() => renderedDashboard(broken)).toThrow();
    expect(() =>
      dashboardJson({
        rendered: renderedDashboard(base),
        completion: { ...completion, peers: { count: 1.5, shown: false } },
      }),
    ).toThrow();
  });
});
