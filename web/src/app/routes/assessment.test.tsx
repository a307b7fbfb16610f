import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TAssessment } from '@koers/shared/assessments';
import { INSTRUMENT, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { apiErrorResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TWENTE_ID = PROGRAMME_MANAGER.access.programmeManagerOf[0] ?? '';
const ASSESSMENT_ID = '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f01';
const RESPONSE_ID = '7cd39b8f-1da4-4f51-8c80-9b4d2e6f8a01';
const [I11, I12, I21] = [
  '3e9a5d4b-7f60-4b1d-8e4c-5d0f8a2b4c11',
  '3e9a5d4b-7f60-4b1d-8e4c-5d0f8a2b4c12',
  '3e9a5d4b-7f60-4b1d-8e4c-5d0f8a2b4c21',
];
const SAVE_PATH = `/api/assessments/${ASSESSMENT_ID}/responses/${RESPONSE_ID}`;
const SUBMIT_PATH = `/api/assessments/${ASSESSMENT_ID}/submission`;

function assessment(overrides: Partial<TAssessment> = {}, answers: Record<string, 1 | 2 | 3 | 4 | 'dont_know'> = {}) {
  return {
    id: ASSESSMENT_ID,
    partnershipId: TWENTE_ID,
    partnershipName: 'Partnerschap Twente Leert',
    periodId: '8de4ac90-2eb5-4a62-9d91-ac5e3f7a9b01',
    periodCode: '2026-Q4',
    dueOn: '2027-01-21',
    instrumentVersion: 1,
    status: 'draft',
    submittedAt: null,
    responses: [
      {
        id: RESPONSE_ID,
        perspective: 'coordination',
        organisationId: null,
        respondentName: 'Priya Manders',
        mine: true,
        viaLink: false,
        version: 1,
        updatedAt: '2026-11-20T09:00:00.000Z',
        answers,
        notes: [],
      },
    ],
    submissions: [],
    results: [],
    ...overrides,
  } satisfies TAssessment;
}

function api(handlers: Parameters<typeof mockApi>[0] = {}, current = assessment()) {
  return mockApi({
    ...sessionOf(PROGRAMME_MANAGER),
    '/api/periods': () => jsonResponse({ items: [] }),
    [`/api/assessments/${ASSESSMENT_ID}`]: () => jsonResponse(current),
    '/api/instrument/versions/1': () => jsonResponse(INSTRUMENT),
    [`/api/partnerships/${TWENTE_ID}`]: () =>
      jsonResponse({
        id: TWENTE_ID,
        name: 'Partnerschap Twente Leert',
        region: 'Twente',
        sector: 'po',
        scenario: 'B',
        members: [],
      }),
    ...handlers,
  });
}

const saved = (version: number) =>
  jsonResponse({ version, updatedAt: '2026-11-22T10:00:00.000Z' }, 200, { etag: `"${version}"` });
const radio = (indicator: string, name: RegExp) =>
  within(screen.getByRole('group', { name: new RegExp(`^${indicator.replace('.', '\\.')} `) })).getByRole('radio', {
    name,
  });
const SLOW = { timeout: 4000 };
const saveStatus = () => screen.getAllByRole('status').find((status) => status.closest('[data-status]'))?.textContent;
const isSaved = () => waitFor(() => expect(saveStatus()).toMatch(/^Opgeslagen/), SLOW);

describe('assessment page', () => {
  it('counts answered indicators overall and per theme', async () => {
    api({}, assessment({}, { [I11]: 3, [I12]: 'dont_know', [I21]: 2 }));
    renderApp(`/assessments/${ASSESSMENT_ID}`);

    expect(await screen.findByText('3 van 10 indicatoren beantwoord')).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      '1Belang en doel van de samenwerking✓ 2 van 2',
      '2Procesmanagement en inrichting1 van 2',
      '3Samenwerken en leren0 van 2',
      '4Data en feedback0 van 2',
      '5Doorgaande lijn inhoud en begeleiding0 van 2',
    ]);
    expect(radio('1.1', /^3 Functionerend/)).toBeChecked();
    expect(radio('1.2', /^Weet niet/)).toBeChecked();
  });

  it('autosaves with the version it was based on and says so', async () => {
    const fetchMock = api({ [SAVE_PATH]: () => saved(2) });
    const { user } = renderApp(`/assessments/${ASSESSMENT_ID}`);

    await screen.findByText('0 van 10 indicatoren beantwoord');
    await user.click(radio('1.1', /^4 Verankerd/));
    expect(screen.getByText('Opslaan…')).toBeInTheDocument();
    await isSaved();
    await waitFor(() => expect(requestsTo(fetchMock, SAVE_PATH)).toHaveLength(1), SLOW);
    const [request] = requestsTo(fetchMock, SAVE_PATH);
    expect(request?.method).toBe('PUT');
    expect(request?.headers.get('if-match')).toBe('"1"');
    expect(request?.body).toEqual({ answers: { [I11]: 4 }, notes: [] });
    expect(screen.getByText('1 van 10 indicatoren beantwoord')).toBeInTheDocument();
    expect(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`)).toBeNull();
  });

  it('keeps the draft in this browser while offline, and puts it back on the next visit', async () => {
    api({
      [SAVE_PATH]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const { user } = renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    await user.click(radio('1.2', /^2 In ontwikkeling/));

    expect(await screen.findByText('Offline, we proberen het opnieuw', {}, SLOW)).toBeInTheDocument();
    const draft = JSON.parse(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`) ?? 'null') as {
      content: unknown;
    };
    expect(draft.content).toEqual({ answers: { [I12]: 2 }, notes: [] });

    cleanup();
    const fetchMock = api({ [SAVE_PATH]: () => saved(2) });
    renderApp(`/assessments/${ASSESSMENT_ID}`);
    expect(await screen.findByText(/We hebben wijzigingen teruggezet/)).toBeInTheDocument();
    expect(radio('1.2', /^2 In ontwikkeling/)).toBeChecked();
    await isSaved();
    expect(requestsTo(fetchMock, SAVE_PATH)[0]?.body).toEqual({ answers: { [I12]: 2 }, notes: [] });
    expect(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`)).toBeNull();
  }, 10_000);

  it('stops on a stale save and offers to load theirs or review the differences', async () => {
    let reads = 0;
    const theirs = assessment({}, { [I11]: 1 });
    api({
      [SAVE_PATH]: () => apiErrorResponse(412, 'PRECONDITION_FAILED', 'Someone saved'),
      // The page loaded before "their" save; afterwards the server holds their answers.
      [`/api/assessments/${ASSESSMENT_ID}`]: () => jsonResponse(reads++ === 0 ? assessment() : theirs),
    });
    const { user } = renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    await user.click(radio('1.1', /^3 Functionerend/));

    const panel = await screen.findByRole('alert', {}, SLOW);
    expect(
      within(panel).getByRole('heading', { name: 'Iemand anders heeft dit intussen opgeslagen' }),
    ).toBeInTheDocument();
    expect(
      await within(panel).findByRole('button', { name: 'Hun versie laden (mijn wijzigingen vervallen)' }),
    ).toBeInTheDocument();
    expect(saveStatus()).toBe('Niet opgeslagen: iemand anders heeft dit intussen opgeslagen');
    await user.click(within(panel).getByRole('button', { name: 'Verschillen bekijken' }));
    const row = within(within(panel).getByRole('table')).getByRole('row', { name: /1\.1/ });
    expect(row).toHaveTextContent('3 Functionerend');
    expect(row).toHaveTextContent('1 Nog niet gestart');
    expect(within(panel).getByRole('button', { name: 'Mijn versie bewaren' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Hun versie laden (mijn wijzigingen vervallen)' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(radio('1.1', /^1 Nog niet gestart/)).toBeChecked();
    expect(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`)).toBeNull();
  }, 10_000);

  it('keeps mine on top of their version, with their version as If-Match', async () => {
    let serverVersion = 1;
    const fetchMock = api({
      [SAVE_PATH]: (_url, request) =>
        request.headers.get('if-match') === `"${serverVersion}"`
          ? saved(++serverVersion)
          : apiErrorResponse(412, 'PRECONDITION_FAILED', 'Stale'),
      [`/api/assessments/${ASSESSMENT_ID}`]: () => {
        const current = assessment({}, serverVersion > 1 ? { [I21]: 4 } : {});
        if (current.responses[0]) current.responses[0].version = serverVersion;
        return jsonResponse(current);
      },
    });
    const { user } = renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    serverVersion = 3;
    await user.click(radio('1.1', /^3 Functionerend/));
    const panel = await screen.findByRole('alert', {}, SLOW);
    await user.click(await within(panel).findByRole('button', { name: 'Verschillen bekijken' }));
    await user.click(within(panel).getByRole('button', { name: 'Mijn versie bewaren' }));

    await isSaved();
    const saves = requestsTo(fetchMock, SAVE_PATH);
    expect(saves.map((r) => r.headers.get('if-match'))).toEqual(['"1"', '"3"']);
    expect(saves[1]?.body).toEqual({ answers: { [I11]: 3 }, notes: [] });
  }, 10_000);

  it('submits once with one idempotency key however often it is clicked, then shows it read-only', async () => {
    const submitted = assessment(
      {
        status: 'submitted',
        submittedAt: '2026-11-22T10:05:00.000Z',
        submissions: [
          {
            id: '9ef5bd01-3fc6-4b73-8ea2-bd6f4a8b0c01',
            submittedAt: '2026-11-22T10:05:00.000Z',
            submittedBy: 'Priya Manders',
            reopenedAt: null,
            reopenedBy: null,
            reopenReason: null,
          },
        ],
      },
      { [I11]: 3 },
    );
    let current = assessment({}, { [I11]: 3 });
    const fetchMock = api({
      [SUBMIT_PATH]: async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        current = submitted;
        return jsonResponse(submitted, 201);
      },
      [`/api/assessments/${ASSESSMENT_ID}`]: () => jsonResponse(current),
    });
    const { user } = renderApp(`/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Indienen…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Zelfevaluatie 2026-Q4 indienen?' });
    expect(dialog).toHaveTextContent('De antwoorden van alle respondenten liggen daarna vast');
    const confirm = within(dialog).getByRole('button', { name: 'Ja, indienen' });
    await user.dblClick(confirm);

    expect((await screen.findAllByText(/^Ingediend op /))[0]).toBeInTheDocument();
    const submissions = requestsTo(fetchMock, SUBMIT_PATH);
    expect(submissions).toHaveLength(1);
    expect(submissions[0]?.headers.get('idempotency-key')).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Indienen…' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Antwoorden bekijken/ }));
    for (const option of within(screen.getByRole('tabpanel')).getAllByRole('radio')) expect(option).toBeDisabled();
    expect(screen.queryByLabelText('Onderbouwing')).not.toBeInTheDocument();
  });

  it('keeps the key for a retry after the answer got lost', async () => {
    let attempt = 0;
    const fetchMock = api(
      {
        [SUBMIT_PATH]: () => {
          attempt++;
          if (attempt === 1) throw new TypeError('Failed to fetch');
          return jsonResponse(
            assessment({ status: 'submitted', submittedAt: '2026-11-22T10:05:00.000Z' }, { [I11]: 3 }),
            200,
          );
        },
      },
      assessment({}, { [I11]: 3 }),
    );
    const { user } = renderApp(`/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Indienen…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, indienen' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, indienen' }));

    expect((await screen.findAllByText(/^Ingediend op /))[0]).toBeInTheDocument();
    const keys = requestsTo(fetchMock, SUBMIT_PATH).map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});

describe('assessment page for a board member', () => {
  const BOARD_MEMBER = {
    ...PROGRAMME_MANAGER,
    displayName: 'Bram Bestuur',
    email: 'board@demo.koers.nl',
    roles: [],
    access: { isAdmin: false, programmeManagerOf: [], criticalFriendOf: [], boardMemberOf: [TWENTE_ID] },
  };
  const asBoard = (current: TAssessment) =>
    api(
      {
        ...sessionOf(BOARD_MEMBER),
        [`/api/assessments/${ASSESSMENT_ID}/review`]: () => jsonResponse({ review: null }),
      },
      current,
    );

  it('shows a draft as the partnership’s own, without scores', async () => {
    asBoard(assessment({ responses: [] }));
    renderApp(`/assessments/${ASSESSMENT_ID}`);
    expect(
      await screen.findByText(/^Een concept blijft binnen het partnerschap: de resultaten verschijnen/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Resultaten per thema' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Als bestuurder zie je de gezamenlijke resultaten/)).not.toBeInTheDocument();
  });

  it('shows the responses of a submitted quarter when the partnership shares them', async () => {
    const [response] = assessment().responses;
    asBoard(
      assessment({
        status: 'submitted',
        submittedAt: '2026-11-22T10:00:00.000Z',
        responses: response ? [{ ...response, mine: false }] : [],
      }),
    );
    renderApp(`/assessments/${ASSESSMENT_ID}`);
    expect(await screen.findByRole('heading', { name: 'Respondenten' })).toBeInTheDocument();
    expect(screen.queryByText(/Als bestuurder zie je de gezamenlijke resultaten/)).not.toBeInTheDocument();
  });
});
