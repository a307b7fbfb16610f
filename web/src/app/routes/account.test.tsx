import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TCalendarFeed } from '@koers/shared/calendar-feed';
import type { TAccountExport } from '@koers/shared/people';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { emptyResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const EXPORT: TAccountExport = {
  exportedAt: '2026-11-22T12:00:00.000Z',
  person: {
    id: PROGRAMME_MANAGER.id,
    displayName: PROGRAMME_MANAGER.displayName,
    email: PROGRAMME_MANAGER.email,
    status: 'active',
    language: 'nl',
    createdAt: '2026-11-01T09:00:00.000Z',
  },
  roles: PROGRAMME_MANAGER.roles,
  sessions: [],
  apiTokens: [],
  passkeys: [],
  signInIdentities: [],
  activity: [],
  responses: [],
  submissions: [],
  reviews: [],
  timelineNotes: [],
  goodApproaches: [],
  actions: [],
  actionNotes: [],
  flagEvents: [],
  contactRequests: [],
  notices: [],
  noticePreferences: [],
  secondFactor: { enrolledAt: null, recoveryCodesLeft: 0 },
  calendarFeed: null,
  emails: [],
  intervisionSignUps: [],
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

  it('lists the person’s passkeys and removes one after asking', async () => {
    const passkeys = [
      {
        id: '6f1c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f',
        name: 'Laptop werk',
        createdAt: '2026-11-20T09:00:00.000Z',
        lastUsedAt: null,
      },
      {
        id: '7a2d3b5f-2e3c-4d4e-9f0a-1b2c3d4e5f60',
        name: 'Telefoon',
        createdAt: '2026-11-21T10:00:00.000Z',
        lastUsedAt: '2026-11-22T08:30:00.000Z',
      },
    ];
    let listed = passkeys;
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/account/notice-preferences': () => jsonResponse([]),
      '/api/account/passkeys': () => jsonResponse({ items: listed }),
      [`/api/account/passkeys/${passkeys[0]?.id}`]: () => {
        listed = passkeys.slice(1);
        return emptyResponse();
      },
    });
    const { user } = await renderApp('/account');

    const section = await screen.findByRole('region', { name: 'Passkeys' });
    const table = await within(section).findByRole('table', { name: 'Je passkeys' });
    expect(within(table).getByRole('rowheader', { name: 'Laptop werk' })).toBeInTheDocument();
    expect(within(table).getByText('Nog niet gebruikt')).toBeInTheDocument();
    // This browser (jsdom) has no WebAuthn: the page says so instead of offering to add one.
    expect(within(section).getByText(/Deze browser kan geen passkeys gebruiken/)).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Passkey ‘Laptop werk’ verwijderen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Passkey verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Passkey ‘Laptop werk’ is verwijderd.');
    await waitFor(() => expect(within(table).queryByText('Laptop werk')).not.toBeInTheDocument());
    expect(requestsTo(fetchMock, `/api/account/passkeys/${passkeys[0]?.id}`).map((r) => r.method)).toEqual(['DELETE']);
  });

  it('makes a calendar feed, shows its address once, renews it after asking, and stops it', async () => {
    const NO_FEED: TCalendarFeed = { active: false, language: null, createdAt: null, renewedAt: null };
    const urls = [
      'https://koers.test/api/calendar/eerste-geheim.ics',
      'https://koers.test/api/calendar/tweede-geheim.ics',
    ];
    let made = 0;
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      '/api/account/calendar-feed': (_url, request) => {
        if (request.method === 'DELETE') return emptyResponse();
        if (request.method === 'GET') return jsonResponse(NO_FEED);
        made += 1;
        return jsonResponse(
          {
            active: true,
            language: 'nl',
            createdAt: '2026-12-06T10:00:00.000Z',
            renewedAt: made > 1 ? '2026-12-06T11:00:00.000Z' : null,
            url: urls[made - 1],
          },
          201,
        );
      },
    });
    const { user } = await renderApp('/account');
    const section = await screen.findByRole('region', { name: 'Agenda-koppeling' });

    await user.click(await within(section).findByRole('button', { name: 'Agenda-koppeling maken' }));
    expect(await within(section).findByLabelText('Adres van je agenda-koppeling')).toHaveValue(urls[0]);
    expect(within(section).getByText(/Koppeling actief sinds/)).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/account/calendar-feed').at(-1)?.body).toEqual({ language: 'nl' });

    // Renewing asks first: the old address stops working.
    await user.click(within(section).getByRole('button', { name: 'Nieuw adres maken' }));
    const renewDialog = await screen.findByRole('alertdialog', { name: 'Een nieuw adres maken?' });
    await user.click(within(renewDialog).getByRole('button', { name: 'Nieuw adres maken' }));
    await waitFor(() => expect(within(section).getByLabelText('Adres van je agenda-koppeling')).toHaveValue(urls[1]));
    expect(within(section).getByText(/adres vernieuwd op/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Koppeling stoppen' }));
    const stopDialog = await screen.findByRole('alertdialog', { name: 'De agenda-koppeling stoppen?' });
    await user.click(within(stopDialog).getByRole('button', { name: 'Koppeling stoppen' }));
    expect(await within(section).findByText(/De koppeling is gestopt/)).toBeInTheDocument();
    expect(within(section).queryByLabelText('Adres van je agenda-koppeling')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Agenda-koppeling maken' })).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/account/calendar-feed').map((r) => r.method)).toEqual([
      'GET',
      'POST',
      'POST',
      'DELETE',
    ]);
  });
});
