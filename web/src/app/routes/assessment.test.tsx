import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
    [`/api/assessments/${ASSESSMENT_ID}/invitations`]: () =>
      jsonResponse({ respondents: [], rates: [], emailed: true, links: [] }),
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
// The editor saves after a pause of a second; the test moves the clock past it instead of sitting it out.
const AUTOSAVE_PAUSE_MS = 1000;
const pauseEnds = () => act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_PAUSE_MS));
const saveStatus = () => screen.getAllByRole('status').find((status) => status.closest('[data-status]'))?.textContent;
const isSaved = async () => {
  await pauseEnds();
  await waitFor(() => expect(saveStatus()).toMatch(/^Opgeslagen/));
};

describe('assessment page', () => {
  // A clock that runs by itself, so requests and renders go on as usual, and that a test can move on.
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts answered indicators overall and per theme', async () => {
    api({}, assessment({}, { [I11]: 3, [I12]: 'dont_know', [I21]: 2 }));
    await renderApp(`/assessments/${ASSESSMENT_ID}`);

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
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);

    await screen.findByText('0 van 10 indicatoren beantwoord');
    await user.click(radio('1.1', /^4 Verankerd/));
    expect(screen.getByText('Opslaan…')).toBeInTheDocument();
    await isSaved();
    await waitFor(() => expect(requestsTo(fetchMock, SAVE_PATH)).toHaveLength(1));
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
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    await user.click(radio('1.2', /^2 In ontwikkeling/));
    await pauseEnds();

    expect(await screen.findByText('Offline, we proberen het opnieuw')).toBeInTheDocument();
    const draft = JSON.parse(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`) ?? 'null') as {
      content: unknown;
    };
    expect(draft.content).toEqual({ answers: { [I12]: 2 }, notes: [] });

    cleanup();
    const fetchMock = api({ [SAVE_PATH]: () => saved(2) });
    await renderApp(`/assessments/${ASSESSMENT_ID}`);
    expect(await screen.findByText(/We hebben wijzigingen teruggezet/)).toBeInTheDocument();
    expect(radio('1.2', /^2 In ontwikkeling/)).toBeChecked();
    await isSaved();
    expect(requestsTo(fetchMock, SAVE_PATH)[0]?.body).toEqual({ answers: { [I12]: 2 }, notes: [] });
    expect(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`)).toBeNull();
  });

  it('stops on a stale save and offers to load theirs or review the differences', async () => {
    let reads = 0;
    const theirs = assessment({}, { [I11]: 1 });
    api({
      [SAVE_PATH]: () => apiErrorResponse(412, 'PRECONDITION_FAILED', 'Someone saved'),
      // The page loaded before "their" save; afterwards the server holds their answers.
      [`/api/assessments/${ASSESSMENT_ID}`]: () => jsonResponse(reads++ === 0 ? assessment() : theirs),
    });
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    await user.click(radio('1.1', /^3 Functionerend/));
    await pauseEnds();

    const panel = await screen.findByRole('alert');
    expect(
      within(panel).getByRole('heading', { name: 'Iemand anders heeft dit intussen opgeslagen' }),
    ).toBeInTheDocument();
    expect(
      await within(panel).findByRole('button', { name: 'Hun versie laden (mijn wijzigingen vervallen)' }),
    ).toBeInTheDocument();
    expect(saveStatus()).toBe('Niet opgeslagen: iemand anders heeft dit intussen opgeslagen');
    // Both ways out are in sight at once; the differences are there for whoever wants to look first.
    expect(within(panel).getByRole('button', { name: 'Mijn versie bewaren' })).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Verschillen bekijken' }));
    const row = within(within(panel).getByRole('table')).getByRole('row', { name: /1\.1/ });
    expect(row).toHaveTextContent('3 Functionerend');
    expect(row).toHaveTextContent('1 Nog niet gestart');
    expect(within(panel).getByRole('button', { name: 'Mijn versie bewaren' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Hun versie laden (mijn wijzigingen vervallen)' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(radio('1.1', /^1 Nog niet gestart/)).toBeChecked();
    expect(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`)).toBeNull();
  });

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
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    serverVersion = 3;
    await user.click(radio('1.1', /^3 Functionerend/));
    await pauseEnds();
    const panel = await screen.findByRole('alert');
    await user.click(await within(panel).findByRole('button', { name: 'Mijn versie bewaren' }));

    await isSaved();
    const saves = requestsTo(fetchMock, SAVE_PATH);
    expect(saves.map((r) => r.headers.get('if-match'))).toEqual(['"1"', '"3"']);
    expect(saves[1]?.body).toEqual({ answers: { [I11]: 3 }, notes: [] });
  });

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
    // The server answers only after both clicks: the second lands while the first is still on its way.
    let answer = () => {};
    const bothClicked = new Promise<void>((resolve) => (answer = resolve));
    const fetchMock = api({
      [SUBMIT_PATH]: async () => {
        await bothClicked;
        current = submitted;
        return jsonResponse(submitted, 201);
      },
      [`/api/assessments/${ASSESSMENT_ID}`]: () => jsonResponse(current),
    });
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Indienen…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Zelfevaluatie 2026-Q4 indienen?' });
    expect(dialog).toHaveTextContent('De antwoorden van alle respondenten liggen daarna vast');
    const confirm = within(dialog).getByRole('button', { name: 'Ja, indienen' });
    await user.dblClick(confirm);
    answer();

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
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
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

  it('says nothing is saved yet until something is, and then when it was', async () => {
    api({ [SAVE_PATH]: () => saved(2) });
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    expect(saveStatus()).toBe('Nog niets ingevuld: we slaan vanzelf op zodra je begint');

    await user.click(radio('1.1', /^3 Functionerend/));
    await isSaved();
    expect(saveStatus()).toMatch(/^Opgeslagen om \d/);
  });

  it('keeps a pasted text over the limit whole, says so, and saves only once it fits', async () => {
    const fetchMock = api({ [SAVE_PATH]: () => saved(2) });
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    const evidence = await screen.findByLabelText('Onderbouwing');
    expect(evidence).toHaveAttribute('dir', 'auto');
    const pasted = 'Visiedocument ondertekend door alle besturen. '.repeat(435).slice(0, 20_000);
    await user.click(evidence);
    await user.paste(pasted);

    expect(evidence).toHaveValue(pasted);
    expect(evidence).toHaveAttribute('aria-invalid', 'true');
    const message = 'Je tekst is 20.000 tekens; er passen er 10.000 in. Kort hem in, dan slaan we hem op.';
    expect(evidence).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getAllByRole('status').some((status) => status.textContent.startsWith(message))).toBe(true);
    expect(screen.getByText('20.000 van 10.000 tekens')).toBeInTheDocument();
    expect(saveStatus()).toBe('Niet opgeslagen: een tekst is te lang. Kort hem in, dan slaan we weer op.');
    const draft = JSON.parse(localStorage.getItem(`koers.response-draft.${RESPONSE_ID}.1`) ?? 'null') as {
      content: { notes: { evidence: string }[] };
    };
    expect(draft.content.notes[0]?.evidence).toBe(pasted);

    // Submitting waits for everything to be saved, and says what stands in the way.
    await user.click(screen.getByRole('button', { name: 'Indienen…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, indienen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Een onderbouwing of volgende stap is te lang om op te slaan. Kort hem in; daarna kun je indienen.',
    );
    expect(requestsTo(fetchMock, SUBMIT_PATH)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Nog niet' }));

    // Shortened to fit, it is saved: the over-long text was never sent.
    await user.clear(evidence);
    await user.paste(pasted.slice(0, 9_000));
    expect(screen.getByText('9.000 van 10.000 tekens')).toBeInTheDocument();
    expect(evidence).not.toHaveAttribute('aria-invalid');
    await isSaved();
    const bodies = requestsTo(fetchMock, SAVE_PATH).map((r) => r.body as { notes: { evidence: string }[] });
    expect(bodies.map((body) => body.notes[0]?.evidence.length)).toEqual([9_000]);
  });

  it('names the themes still open when submitting with part answered', async () => {
    api({}, assessment({}, { [I11]: 3, [I12]: 'dont_know', [I21]: 2 }));
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Indienen…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Zelfevaluatie 2026-Q4 indienen?' });

    expect(dialog).toHaveTextContent('Je hebt 3 van de 10 indicatoren beantwoord.');
    const [empty, partial] = within(dialog).getAllByRole('list').slice(0, 2);
    expect(
      within(empty ?? dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['3. Samenwerken en leren', '4. Data en feedback', '5. Doorgaande lijn inhoud en begeleiding']);
    expect(empty?.previousElementSibling).toHaveTextContent('Bij deze 3 thema’s is nog niets beantwoord:');
    expect(
      within(partial ?? dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['2. Procesmanagement en inrichting (1 van 2)']);
    expect(partial?.previousElementSibling).toHaveTextContent('Dit thema is deels beantwoord:');
  });

  it('shows in the respondents table what the editor has saved, not what was loaded first', async () => {
    api({ [SAVE_PATH]: () => saved(2) });
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);
    await screen.findByText('0 van 10 indicatoren beantwoord');
    const own = () =>
      within(screen.getByRole('table', { name: /^Respondenten/ })).getByRole('row', { name: /\(jij\)/ });
    expect(own()).toHaveTextContent('0 van 10');
    expect(own()).toHaveTextContent('Nog niet begonnen');

    await user.click(radio('1.1', /^3 Functionerend/));
    await user.click(radio('1.2', /^Weet niet/));
    await isSaved();
    expect(screen.getByText('2 van 10 indicatoren beantwoord')).toBeInTheDocument();
    expect(own()).toHaveTextContent('2 van 10');
    expect(own()).not.toHaveTextContent('Nog niet begonnen');
  });

  it('after submitting, leads to the dashboard and shows one’s own evidence and next steps', async () => {
    const submitted = assessment({ status: 'submitted', submittedAt: '2026-11-22T10:05:00.000Z' }, { [I11]: 3 });
    const [own] = submitted.responses;
    if (!own) throw new Error('no response');
    own.notes = [
      { theme: 1, evidence: 'Visiedocument door alle besturen ondertekend.', nextStep: '', priority: true },
      { theme: 4, evidence: '', nextStep: 'مراجعة البيانات مع المدارس', priority: false },
    ];
    api({}, submitted);
    await renderApp(`/assessments/${ASSESSMENT_ID}`);

    expect(await screen.findByRole('link', { name: 'Bekijk het dashboard' })).toHaveAttribute(
      'href',
      `/partnerships/${TWENTE_ID}/dashboard`,
    );
    const notes = screen.getByRole('region', { name: 'Jouw onderbouwing en volgende stappen' });
    const themes = within(notes).getAllByRole('article');
    expect(themes.map((theme) => within(theme).getByRole('heading').textContent)).toEqual([
      '1. Belang en doel van de samenwerking · prioriteit dit kwartaal',
      '4. Data en feedback',
    ]);
    expect(themes[0]).toHaveTextContent('Visiedocument door alle besturen ondertekend.');
    const nextStep = within(themes[1] ?? notes).getByText('مراجعة البيانات مع المدارس');
    expect(nextStep).toHaveAttribute('dir', 'auto');
  });
});

describe('assessment page for a board member', () => {
  const BOARD_MEMBER = {
    ...PROGRAMME_MANAGER,
    displayName: 'Bram Bestuur',
    email: 'board@demo.koers.nl',
    roles: [],
    access: { isAdmin: false, programmeManagerOf: [], criticalFriendOf: [], boardMemberOf: [TWENTE_ID] },
    secondFactorRequired: false,
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
    await renderApp(`/assessments/${ASSESSMENT_ID}`);
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
    await renderApp(`/assessments/${ASSESSMENT_ID}`);
    expect(await screen.findByRole('heading', { name: 'Respondenten' })).toBeInTheDocument();
    expect(screen.queryByText(/Als bestuurder zie je de gezamenlijke resultaten/)).not.toBeInTheDocument();
  });
});
