import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TAccountExport } from '@koers/shared/people';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const EXPORT: TAccountExport = {
  exportedAt: '2026-11-22T12:00:00.000Z',
  person: {
    id: PROGRAMME_MANAGER.id,
    displayName: PROGRAMME_MANAGER.displayName,
    email: PROGRAMME_MANAGER.email,
    status: 'active',
    createdAt: '2026-11-01T09:00:00.000Z',
  },
  roles: PROGRAMME_MANAGER.roles,
  sessions: [],
  activity: [],
  responses: [],
  submissions: [],
  reviews: [],
  timelineNotes: [],
  actions: [],
  actionNotes: [],
  flagEvents: [],
  notices: [],
  noticePreferences: [],
  secondFactor: { enrolledAt: null, recoveryCodesLeft: 0 },
};

const SECOND_FACTOR_OFF = {
  '/api/account/second-factor': () => jsonResponse({ enrolled: false, recoveryCodesLeft: 0, required: false }),
};

describe('my account', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows who is signed in with their roles', async () => {
    mockApi({ ...sessionOf(PROGRAMME_MANAGER), ...SECOND_FACTOR_OFF });
    await renderApp('/account');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(within(details).getByText('Priya Manders')).toBeInTheDocument();
    const secondFactor = screen.getByRole('region', { name: 'Inloggen in twee stappen' });
    expect(await within(secondFactor).findByText('Staat uit.')).toBeInTheDocument();
    expect(within(secondFactor).getByRole('link', { name: 'Inloggen in twee stappen instellen' })).toHaveAttribute(
      'href',
      '/account/second-factor',
    );
    expect(within(details).getByText('pm@demo.koers.nl')).toBeInTheDocument();
    expect(within(details).getByRole('listitem')).toHaveTextContent('Programmamanager · Partnerschap Twente Leert');
  });

  it('downloads the person’s own data as a JSON file', async () => {
    const fetchMock = mockApi({
      ...SECOND_FACTOR_OFF,
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/account/export': () => jsonResponse(EXPORT),
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:koers-export';
    });
    URL.revokeObjectURL = vi.fn();
    const downloads: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
    const { user } = await renderApp('/account');

    await user.click(await screen.findByRole('button', { name: 'Download mijn gegevens' }));

    expect(await screen.findByText('Je gegevens zijn gedownload.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/account/export')).toHaveLength(1);
    expect(downloads).toEqual([{ href: 'blob:koers-export', download: 'koers-mijn-gegevens.json' }]);
    const [blob] = blobs;
    expect(blob?.type).toBe('application/json');
    expect(JSON.parse((await blob?.text()) ?? '')).toEqual(EXPORT);
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:koers-export'));
  });
});
