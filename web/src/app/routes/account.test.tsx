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
  emails: [],
};

describe('my account', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows who is signed in with their roles', async () => {
    mockApi({ ...sessionOf(PROGRAMME_MANAGER) });
    await renderApp('/account');

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(within(details).getByText('Priya Manders')).toBeInTheDocument();
    expect(within(details).getByText('pm@demo.koers.nl')).toBeInTheDocument();
    expect(within(details).getByRole('listitem')).toHaveTextContent('Programmamanager · Partnerschap Twente Leert');
  });

  it('downloads the person’s own data as a JSON file', async () => {
    const fetchMock = mockApi({
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
