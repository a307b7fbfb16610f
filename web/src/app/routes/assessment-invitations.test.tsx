import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TAssessment } from '@koers/shared/assessments';
import type { TInvitationOverview } from '@koers/shared/invitations';
import { INSTRUMENT, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TWENTE_ID = PROGRAMME_MANAGER.access.programmeManagerOf[0] ?? '';
const ASSESSMENT_ID = '6bc28a7e-0c93-4e40-9b7f-8a3c1d5e7f01';
const INVITATIONS = `/api/assessments/${ASSESSMENT_ID}/invitations`;
const ESCH = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f09';
const ROS = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f10';

const ASSESSMENT = {
  id: ASSESSMENT_ID,
  partnershipId: TWENTE_ID,
  partnershipName: 'Partnerschap Twente Leert',
  periodId: '8de4ac90-2eb5-4a62-9d91-ac5e3f7a9b01',
  periodCode: '2026-Q4',
  dueOn: '2027-01-21',
  instrumentVersion: 1,
  status: 'draft',
  submittedAt: null,
  responses: [],
  submissions: [],
  results: [],
} satisfies TAssessment;

const NONE: TInvitationOverview = { respondents: [], rates: [], emailed: true, links: [] };

function api(onInvite: () => Response) {
  return mockApi({
    ...sessionOf(PROGRAMME_MANAGER),
    '/api/periods': () => jsonResponse({ items: [] }),
    [`/api/assessments/${ASSESSMENT_ID}`]: () => jsonResponse(ASSESSMENT),
    '/api/instrument/versions/1': () => jsonResponse(INSTRUMENT),
    [`/api/partnerships/${TWENTE_ID}`]: () =>
      jsonResponse({
        id: TWENTE_ID,
        name: 'Partnerschap Twente Leert',
        region: 'Twente',
        sector: 'po',
        scenario: 'B',
        members: [
          { id: ESCH, name: 'OBS De Esch', kind: 'school' },
          { id: ROS, name: 'OBS Het Twentse Ros', kind: 'school' },
        ],
      }),
    [INVITATIONS]: (_url, request) => (request.method === 'POST' ? onInvite() : jsonResponse(NONE)),
  });
}

describe('inviting respondents by pasting a list', () => {
  it('shows each line as read, with the problem of each that cannot be used, and sends nothing until it is fixed', async () => {
    const sent: TInvitationOverview = {
      ...NONE,
      respondents: [
        {
          responseId: '7cd39b8f-1da4-4f51-8c80-9b4d2e6f8a03',
          name: 'Anna Visser',
          email: 'anna@esch.example',
          perspective: 'school',
          organisationId: ESCH,
          locale: 'en',
          status: 'invited',
          invitedAt: '2026-12-06T10:00:00.000Z',
        },
      ],
      rates: [{ perspective: 'school', invited: 1, submitted: 0 }],
    };
    const fetchMock = api(() => jsonResponse(sent, 201));
    const { user } = await renderApp(`/assessments/${ASSESSMENT_ID}`);

    const form = await screen.findByRole('form', { name: 'Respondenten toevoegen' });
    await user.type(
      within(form).getByLabelText('Lijst met respondenten'),
      'Anna Visser <anna@esch.example>{Enter}Bert zonder adres',
    );
    await user.selectOptions(within(form).getByLabelText('Perspectief (als de regel er geen noemt)'), 'school');
    await user.selectOptions(within(form).getByLabelText('Organisatie (als de regel er geen noemt)'), ESCH);
    await user.selectOptions(within(form).getByLabelText('Taal van de e-mail'), 'en');
    await user.click(within(form).getByRole('button', { name: 'Lijst controleren' }));

    expect(within(form).getByText('Anna Visser <anna@esch.example> · School · OBS De Esch')).toBeInTheDocument();
    expect(within(form).getByText('geen geldig e-mailadres gevonden')).toBeInTheDocument();
    expect(within(form).getByRole('alert')).toHaveTextContent('1 regel heeft nog aandacht nodig');
    expect(within(form).getByRole('button', { name: '1 uitnodiging versturen' })).toBeDisabled();

    expect(requestsTo(fetchMock, INVITATIONS).filter((r) => r.method === 'POST')).toEqual([]);

    // The list emptied and pasted again without that line: checked again, it is ready and is sent as read.
    await user.clear(within(form).getByLabelText('Lijst met respondenten'));
    await user.type(within(form).getByLabelText('Lijst met respondenten'), 'Anna Visser <anna@esch.example>');
    await user.click(within(form).getByRole('button', { name: 'Lijst controleren' }));
    await user.click(within(form).getByRole('button', { name: '1 uitnodiging versturen' }));

    expect(await within(form).findByText('1 uitnodiging is onderweg.')).toBeInTheDocument();
    expect(
      requestsTo(fetchMock, INVITATIONS)
        .filter((r) => r.method === 'POST')
        .map((r) => r.body),
    ).toEqual([
      {
        invitations: [
          {
            name: 'Anna Visser',
            email: 'anna@esch.example',
            perspective: 'school',
            organisationId: ESCH,
            locale: 'en',
          },
        ],
      },
    ]);
    const row = await screen.findByRole('row', { name: /Anna Visser/ });
    expect(within(row).getByText('Uitgenodigd')).toBeInTheDocument();
    expect(screen.getByText('0 van 1 klaar', { exact: false })).toBeInTheDocument();
  });
});
