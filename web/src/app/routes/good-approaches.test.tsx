import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TGoodApproach } from '@koers/shared/good-approaches';
import {
  CRITICAL_FRIEND,
  EMPTY_INBOX,
  PARTNERSHIP_PEOPLE,
  PEER_REVIEW_ACTION,
  TWENTE_ID,
  WEAK_FLAG,
  flagDetail,
} from '../../../test/follow-up-fixtures.ts';
import { INSTRUMENT, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestedUrls, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const approach = (id: string, title: string, extra: Partial<TGoodApproach> = {}): TGoodApproach => ({
  id,
  title,
  context: 'Zeven besturen en één pabo.',
  whatWeDid: 'Elk kwartaal een datadialoog in de stuurgroep.',
  whatItBrought: 'Aanpassingen binnen het jaar.',
  whatItTook: 'Een uur per kwartaal.',
  contact: 'Via de kritische vriend',
  themes: [4],
  indicators: [{ id: '7d1e2f3a-4b5c-4d6e-8f70-000000000043', code: '4.3' }],
  scenario: 'A',
  partnership: { id: TWENTE_ID, name: 'Partnerschap Twente Leert' },
  author: { id: CRITICAL_FRIEND.id, name: 'Frank de Vriend' },
  status: 'published',
  reviewComment: null,
  publishedAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  ...extra,
});

const DATA_DIALOGUE = approach('8a000000-0000-4000-8000-000000000001', 'Een datadialoog per kwartaal');
const STUDENT_PANEL = approach('8a000000-0000-4000-8000-000000000002', 'Een studentenpanel', {
  scenario: 'C',
  indicators: [],
});
const AWAITING = approach('8a000000-0000-4000-8000-000000000003', 'Intervisie voor werkplekbegeleiders', {
  status: 'submitted',
});

const baseApi = () => ({
  '/api/periods': () => jsonResponse({ items: [] }),
  '/api/inbox': () => jsonResponse(EMPTY_INBOX),
});

describe('good approaches', () => {
  it('shows on a flag’s page the approaches on its theme, best match first, with why they match', async () => {
    mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      ...baseApi(),
      [`/api/partnerships/${TWENTE_ID}/people`]: () => jsonResponse({ items: PARTNERSHIP_PEOPLE }),
      [`/api/flags/${WEAK_FLAG.id}`]: () => jsonResponse(flagDetail()),
      [`/api/flags/${WEAK_FLAG.id}/good-approaches`]: () =>
        jsonResponse({
          items: [
            { approach: DATA_DIALOGUE, sameScenario: true, sharedIndicators: ['4.3'] },
            { approach: STUDENT_PANEL, sameScenario: false, sharedIndicators: [] },
          ],
        }),
    });
    await renderApp(`/flags/${WEAK_FLAG.id}`);

    const section = await screen.findByRole('region', { name: 'Goede aanpakken bij dit thema' });
    const first = await within(section).findByRole('link', { name: DATA_DIALOGUE.title });
    expect(first).toHaveAttribute('href', `/good-approaches/${DATA_DIALOGUE.id}`);
    const cards = within(section).getAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      DATA_DIALOGUE.title,
      STUDENT_PANEL.title,
    ]);
    expect(within(cards[0] as HTMLElement).getByText('Zelfde scenario')).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('Raakt indicator 4.3')).toBeInTheDocument();
    expect(within(cards[1] as HTMLElement).queryByText('Zelfde scenario')).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Alle goede aanpakken bij dit thema' })).toHaveAttribute(
      'href',
      '/good-approaches?theme=4',
    );
  });

  it('searches with the words and filters a person chooses, and shows a critical friend what awaits approval', async () => {
    const fetchMock = mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      ...baseApi(),
      '/api/good-approaches': (url) =>
        url.searchParams.get('view') === 'awaiting'
          ? jsonResponse({ items: [AWAITING], total: 1 })
          : jsonResponse({
              items: url.searchParams.get('q') ? [DATA_DIALOGUE] : [DATA_DIALOGUE, STUDENT_PANEL],
              total: url.searchParams.get('q') ? 1 : 2,
            }),
    });
    const { user } = await renderApp('/good-approaches');

    expect(await screen.findByRole('heading', { level: 1, name: 'Goede aanpakken' })).toBeInTheDocument();
    expect(await screen.findByText('2 aanpakken')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'datadialogen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), '4');
    await user.click(screen.getByRole('button', { name: 'Zoek' }));

    expect(await screen.findByText('1 aanpak')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        requestedUrls(fetchMock).some(
          (url) => url.searchParams.get('q') === 'datadialogen' && url.searchParams.get('theme') === '4',
        ),
      ).toBe(true),
    );

    await user.click(await screen.findByRole('button', { name: 'Wacht op goedkeuring (1)' }));
    expect(await screen.findByRole('link', { name: AWAITING.title })).toBeInTheDocument();
    expect(screen.getByText('Wacht op goedkeuring', { selector: '.badge' })).toBeInTheDocument();
  });

  it('lets a programme manager submit a write-up from their own partnership for approval', async () => {
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      ...baseApi(),
      '/api/instrument/current': () => jsonResponse(INSTRUMENT),
      '/api/good-approaches': () => jsonResponse({ ...AWAITING, author: { id: PROGRAMME_MANAGER.id, name: 'P' } }, 201),
      [`/api/good-approaches/${AWAITING.id}`]: () =>
        jsonResponse({ ...AWAITING, author: { id: PROGRAMME_MANAGER.id, name: 'P' } }),
    });
    const { user } = await renderApp('/good-approaches/new');

    await screen.findByRole('heading', { level: 1, name: 'Schrijf een goede aanpak' });
    // Nothing is sent while a required field or a theme is missing.
    await user.click(screen.getByRole('button', { name: 'Ter goedkeuring aanbieden' }));
    expect(screen.getByLabelText('Titel')).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(fetchMock, '/api/good-approaches')).toHaveLength(0);

    await user.type(screen.getByLabelText('Titel'), 'Intervisie voor werkplekbegeleiders');
    await user.type(screen.getByLabelText('Context'), 'Begeleiders kenden elkaar niet.');
    await user.type(screen.getByLabelText('Wat we deden'), 'Vier keer per jaar intervisie.');
    await user.type(screen.getByLabelText('Wat het opleverde'), 'Minder alleen.');
    await user.type(screen.getByLabelText('Wat het kostte'), 'Vier middagen.');
    await user.click(screen.getByRole('checkbox', { name: /Samenwerken en leren/ }));
    // With the theme chosen, its indicators are offered to tag.
    await user.click(await screen.findByRole('checkbox', { name: /^3\.2 Indicator 3\.2/ }));
    expect(screen.queryByRole('checkbox', { name: /^4\.1 / })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ter goedkeuring aanbieden' }));

    expect(await screen.findByRole('heading', { level: 1, name: AWAITING.title })).toBeInTheDocument();
    const [sent] = requestsTo(fetchMock, '/api/good-approaches');
    expect(sent?.body).toMatchObject({
      title: 'Intervisie voor werkplekbegeleiders',
      themes: [3],
      indicatorIds: [INSTRUMENT.themes[2]?.indicators[1]?.id],
      partnershipId: TWENTE_ID,
      asDraft: false,
    });
  });
  it('links a good approach to a new action from the flag’s page, and the action shows it', async () => {
    let detail = flagDetail();
    const linkedAction = {
      ...PEER_REVIEW_ACTION,
      supportType: 'good_approach' as const,
      goodApproaches: [{ id: DATA_DIALOGUE.id, title: DATA_DIALOGUE.title }],
    };
    const fetchMock = mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      ...baseApi(),
      [`/api/partnerships/${TWENTE_ID}/people`]: () => jsonResponse({ items: PARTNERSHIP_PEOPLE }),
      [`/api/flags/${WEAK_FLAG.id}`]: () => jsonResponse(detail),
      [`/api/flags/${WEAK_FLAG.id}/good-approaches`]: () => jsonResponse({ items: [] }),
      '/api/good-approaches': () => jsonResponse({ items: [DATA_DIALOGUE, STUDENT_PANEL], total: 2 }),
      [`/api/partnerships/${TWENTE_ID}/actions`]: () => {
        detail = flagDetail({ actions: [linkedAction] });
        return jsonResponse(linkedAction, 201);
      },
    });
    const { user } = await renderApp(`/flags/${WEAK_FLAG.id}`);

    const form = await screen.findByRole('region', { name: 'Actie toevoegen' });
    await user.type(within(form).getByLabelText('Wat gaat er gebeuren?'), 'De datadialoog uitproberen');
    await user.selectOptions(within(form).getByLabelText('Soort ondersteuning'), 'good_approach');
    // Chosen as support but nothing linked yet: the form suggests linking one.
    const picker = within(form).getByRole('group', { name: 'Goede aanpakken om op te bouwen' });
    expect(within(picker).getByText(/Koppel hieronder een goede aanpak/)).toBeInTheDocument();
    await user.click(await within(picker).findByRole('checkbox', { name: DATA_DIALOGUE.title }));
    await user.type(within(form).getByLabelText('Uiterlijk klaar op'), '2026-12-01');
    await user.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));

    await waitFor(() => expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/actions`)).toHaveLength(1));
    expect(requestsTo(fetchMock, `/api/partnerships/${TWENTE_ID}/actions`)[0]?.body).toMatchObject({
      supportType: 'good_approach',
      goodApproachIds: [DATA_DIALOGUE.id],
    });
    const actions = await screen.findByRole('region', { name: 'Acties bij dit signaal' });
    expect(await within(actions).findByRole('link', { name: DATA_DIALOGUE.title })).toHaveAttribute(
      'href',
      `/good-approaches/${DATA_DIALOGUE.id}`,
    );
  });
});
