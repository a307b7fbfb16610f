import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TIntervisionRoundDetail, TIntervisionSignUp } from '@koers/shared/intervision';
import { PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { CRITICAL_FRIEND, EMPTY_INBOX } from '../../../test/follow-up-fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const ROUND_ID = '7c1d2e3f-0000-4000-8000-000000000001';
const TWENTE_ID = PROGRAMME_MANAGER.access.programmeManagerOf[0] ?? '';

const signUp = (n: number): TIntervisionSignUp => ({
  id: `7c1d2e3f-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
  person: { id: `7c1d2e3f-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`, name: `Coördinator ${n}` },
  partnership: { id: `7c1d2e3f-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`, name: `Partnerschap ${n}` },
  dilemma: `Dilemma ${n}`,
  case: n === 1 ? 'Een casus over de stuurgroep' : null,
});

const ROUND: TIntervisionRoundDetail = {
  id: ROUND_ID,
  theme: 2,
  title: 'Positie en mandaat',
  invitation: 'Breng je dilemma mee.',
  signUpDeadline: '2999-12-31',
  signUpOpen: true,
  status: 'open',
  facilitator: { id: CRITICAL_FRIEND.id, name: CRITICAL_FRIEND.displayName },
  signUpCount: 10,
  isFacilitator: false,
  mySignUp: null,
  signUps: [],
  groups: [],
};

const shell = { '/api/periods': () => jsonResponse({ items: [] }), '/api/inbox': () => jsonResponse(EMPTY_INBOX) };

describe('intervision', () => {
  it('lets a programme manager sign up with a dilemma, checked before it is sent', async () => {
    const fetchMock = mockApi({
      ...sessionOf(PROGRAMME_MANAGER),
      ...shell,
      [`/api/intervision/rounds/${ROUND_ID}`]: () => jsonResponse(ROUND),
      [`/api/intervision/rounds/${ROUND_ID}/sign-up`]: (_url, request) => {
        const body = request.body as { partnershipId: string; dilemma: string; case: string | null };
        const mine = { ...signUp(1), partnership: { id: body.partnershipId, name: 'Partnerschap Twente Leert' } };
        return jsonResponse({ ...ROUND, mySignUp: { ...mine, dilemma: body.dilemma, case: body.case } });
      },
      '/api/intervision/rounds': () => jsonResponse({ items: [] }),
    });
    const { user } = await renderApp(`/intervision/${ROUND_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Positie en mandaat' })).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Aanmelden' });
    await user.click(within(form).getByRole('button', { name: 'Aanmelden' }));
    expect(await within(form).findByLabelText('Je belangrijkste dilemma')).toHaveAccessibleDescription(
      'Vul minstens 3 tekens in.',
    );
    expect(requestsTo(fetchMock, `/api/intervision/rounds/${ROUND_ID}/sign-up`)).toEqual([]);

    await user.type(within(form).getByLabelText('Je belangrijkste dilemma'), 'Geen mandaat richting schoolleiders');
    await user.click(within(form).getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByText('Je aanmelding is opgeslagen.')).toBeInTheDocument();
    expect(requestsTo(fetchMock, `/api/intervision/rounds/${ROUND_ID}/sign-up`).map((r) => [r.method, r.body])).toEqual(
      [['PUT', { partnershipId: TWENTE_ID, dilemma: 'Geen mandaat richting schoolleiders', case: null }]],
    );
    expect(screen.getByRole('region', { name: 'Je aanmelding' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afmelden' })).toBeInTheDocument();
  });

  it('shows the facilitator the proposal with the dilemmas side by side, and saves a move', async () => {
    const members = Array.from({ length: 10 }, (_, i) => signUp(i + 1));
    const proposed: TIntervisionRoundDetail = {
      ...ROUND,
      isFacilitator: true,
      signUps: members,
      groups: [0, 1].map((g) => ({
        id: `7c1d2e3f-0000-4000-8000-00000000040${g}`,
        roundId: ROUND_ID,
        number: g + 1,
        members: members.slice(g * 5, g * 5 + 5),
        chosenSignUpId: null,
        boardClashes: g,
        sessions: [],
      })),
    };
    const fetchMock = mockApi({
      ...sessionOf(CRITICAL_FRIEND),
      ...shell,
      [`/api/intervision/rounds/${ROUND_ID}`]: () => jsonResponse({ ...ROUND, isFacilitator: true, signUps: members }),
      [`/api/intervision/rounds/${ROUND_ID}/proposal`]: () => jsonResponse(proposed),
      // The server answers with the arrangement it saved.
      [`/api/intervision/rounds/${ROUND_ID}/groups`]: (_url, request) => {
        const body = request.body as { groups: { signUpIds: string[]; chosenSignUpId: string | null }[] };
        return jsonResponse({
          ...proposed,
          groups: proposed.groups.map((group, g) => ({
            ...group,
            members: members.filter((m) => body.groups[g]?.signUpIds.includes(m.id)),
            chosenSignUpId: body.groups[g]?.chosenSignUpId ?? null,
          })),
        });
      },
      '/api/intervision/rounds': () => jsonResponse({ items: [] }),
    });
    const { user } = await renderApp(`/intervision/${ROUND_ID}`);

    const sign = await screen.findByRole('heading', { level: 3, name: 'Aanmeldingen' });
    expect(sign).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Laat Koers groepen voorstellen' }));

    const first = await screen.findByRole('region', { name: 'Groep 1' });
    const second = screen.getByRole('region', { name: 'Groep 2' });
    expect(within(first).getByText('Dilemma 1')).toBeInTheDocument();
    expect(within(first).getByText('Casus: Een casus over de stuurgroep')).toBeInTheDocument();
    expect(within(first).getByText('Alle partnerschappen uit verschillende besturen')).toBeInTheDocument();
    expect(within(second).getByText('1 keer twee partnerschappen van hetzelfde bestuur')).toBeInTheDocument();

    // Confirming waits until a move is saved.
    await user.selectOptions(within(first).getByLabelText('Groep van Coördinator 1'), 'Groep 2');
    expect(screen.getByRole('button', { name: 'Groepen bevestigen' })).toBeDisabled();
    expect(within(second).getByText('Dilemma 1')).toBeInTheDocument();
    await user.click(
      within(second).getAllByRole('button', { name: 'Kies deze casus voor de groep' })[0] as HTMLElement,
    );
    await user.click(screen.getByRole('button', { name: 'Indeling opslaan' }));
    await screen.findByText('De indeling is opgeslagen.');
    const [saved] = requestsTo(fetchMock, `/api/intervision/rounds/${ROUND_ID}/groups`);
    expect(saved?.body).toEqual({
      groups: [
        { signUpIds: members.slice(1, 5).map((m) => m.id), chosenSignUpId: null },
        { signUpIds: [members[0]?.id, ...members.slice(5).map((m) => m.id)], chosenSignUpId: members[0]?.id },
      ],
    });
  });
});
