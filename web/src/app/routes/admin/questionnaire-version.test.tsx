import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TInstrumentDraft, TInstrumentVersion } from '@koers/shared/instrument';
import { ADMIN, INSTRUMENT } from '../../../../test/fixtures.ts';
import { jsonResponse, mockApi, requestsTo, sessionOf, type TMockRequest } from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const V1 = (code: string) => INSTRUMENT.themes.flatMap((t) => t.indicators).find((i) => i.code === code)?.id ?? null;

/**
 * Version 2 as drafted from version 1 and saved: the same texts, its own indicator ids, each continuing
 * version 1's indicator with the same code, except in theme 1, where 1.1 was saved continuing 1.2 and 1.2
 * as new.
 */
const SAVED_LINKS: Record<string, string | null> = { '1.1': V1('1.2'), '1.2': null };
const DRAFT: TInstrumentVersion = {
  ...INSTRUMENT,
  id: '2d8f4c3a-6e5f-4a0c-9d3b-4c9e7f1a3b02',
  version: 2,
  status: 'draft',
  publishedAt: null,
  themes: INSTRUMENT.themes.map((theme) => ({
    ...theme,
    indicators: theme.indicators.map((indicator) => ({
      ...indicator,
      id: indicator.id.replace('4c', '5c'),
      continuesIndicatorId: indicator.code in SAVED_LINKS ? (SAVED_LINKS[indicator.code] ?? null) : indicator.id,
    })),
  })),
};

/** The API's versions endpoints: the draft as last saved, answered back on PUT and on publication. */
function versionApi() {
  let stored = DRAFT;
  return mockApi({
    ...sessionOf(ADMIN),
    '/api/instrument/current': () => jsonResponse(INSTRUMENT),
    '/api/instrument/versions': () =>
      jsonResponse({
        items: [stored, INSTRUMENT].map(({ themes: _themes, ...summary }) => summary),
      }),
    '/api/instrument/versions/2': (_url: URL, request: TMockRequest) => {
      if (request.method === 'PUT') {
        const body = request.body as TInstrumentDraft;
        stored = { ...stored, title: body.title };
      }
      return jsonResponse(stored);
    },
    '/api/instrument/versions/2/publication': () => {
      stored = { ...stored, status: 'published', publishedAt: '2026-12-01T09:00:00.000Z' };
      return jsonResponse(stored);
    },
  });
}

const theme = (number: number) => screen.getByRole('group', { name: new RegExp(`^Thema ${number}:`) });
const indicator = (number: number, code: string) =>
  within(theme(number)).getByRole('group', { name: `Indicator ${code}` });

describe('editing a draft questionnaire version', () => {
  it('rewords, adds and removes indicators, maps each to its predecessor, and saves exactly that', async () => {
    const fetchMock = versionApi();
    const { user } = await renderApp('/admin/questionnaire/2');
    expect(await screen.findByRole('heading', { level: 1, name: /^Versie 2: Zelfevaluatie Samen Opleiden/ }));
    expect(screen.getByText('Concept')).toBeInTheDocument();

    // An opened draft shows the links saved with it, also where they differ from the codes.
    const continues = (number: number, code: string) =>
      within(indicator(number, code)).getByRole('combobox', { name: 'Zet voort' });
    expect(continues(1, '1.1')).toHaveValue(V1('1.2'));
    expect(continues(1, '1.2')).toHaveValue('');
    const continues41 = within(indicator(4, '4.1')).getByRole('combobox', { name: 'Zet voort' });
    expect(continues41).toHaveValue(V1('4.1'));
    expect(
      within(continues41).getByRole('option', { name: '4.2 Indicator 4.2 in het Nederlands' }),
    ).toBeInTheDocument();

    const text41 = within(indicator(4, '4.1')).getByRole('textbox', { name: 'Tekst (Nederlands)' });
    await user.clear(text41);
    await user.paste('Het partnerschap verzamelt en deelt gegevens over uitkomsten.');

    await user.click(within(theme(4)).getByRole('button', { name: /^Indicator toevoegen/ }));
    const added = indicator(4, '4.3');
    expect(within(added).getByRole('textbox', { name: /^Code/ })).toHaveFocus();
    expect(within(added).getByRole('combobox', { name: 'Zet voort' })).toHaveValue('');
    await user.click(within(added).getByRole('textbox', { name: 'Tekst (Nederlands)' }));
    await user.paste('Studenten geven feedback.');
    await user.click(within(added).getByRole('textbox', { name: 'Tekst (Engels)' }));
    await user.paste('Students give feedback.');
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Zet voort' }), V1('4.2') ?? '');

    await user.click(within(indicator(4, '4.2')).getByRole('button', { name: 'Schrappen: Indicator 4.2' }));
    expect(within(theme(4)).queryByRole('group', { name: 'Indicator 4.2' })).not.toBeInTheDocument();
    expect(within(theme(4)).getByRole('button', { name: /^Indicator toevoegen/ })).toHaveFocus();

    expect(screen.getByText('Er zijn wijzigingen die nog niet zijn opgeslagen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publiceren' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    expect(await screen.findByText('Het concept is opgeslagen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publiceren' })).toBeEnabled();

    const [put] = requestsTo(fetchMock, '/api/instrument/versions/2').filter((r) => r.method === 'PUT');
    const body = put?.body as TInstrumentDraft;
    expect(body.themes).toHaveLength(5);
    expect(body.themes[3]?.indicators).toEqual([
      {
        code: '4.1',
        text: { nl: 'Het partnerschap verzamelt en deelt gegevens over uitkomsten.', en: 'Indicator 4.1 in English' },
        continuesIndicatorId: V1('4.1'),
      },
      {
        code: '4.3',
        text: { nl: 'Studenten geven feedback.', en: 'Students give feedback.' },
        continuesIndicatorId: V1('4.2'),
      },
    ]);
    expect(body.themes[0]?.indicators.map((i) => i.continuesIndicatorId)).toEqual([V1('1.2'), null]);
  });

  it('checks the draft with the shared schema before saving, and points at what is wrong', async () => {
    const fetchMock = versionApi();
    const { user } = await renderApp('/admin/questionnaire/2');
    await screen.findByRole('heading', { level: 1, name: /^Versie 2/ });

    await user.click(within(theme(2)).getByRole('button', { name: /^Indicator toevoegen/ }));
    const code = within(indicator(2, '2.3')).getByRole('textbox', { name: /^Code/ });
    await user.clear(code);
    await user.type(code, '2.1');
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    expect(await screen.findByText(/Niet alles is goed ingevuld/)).toBeInTheDocument();
    const added = within(theme(2)).getAllByRole('group', { name: 'Indicator 2.1' })[1] as HTMLElement;
    expect(within(added).getByRole('textbox', { name: /^Code/ })).toHaveAccessibleDescription(
      expect.stringContaining('Deze code komt al eerder voor in deze versie.'),
    );
    expect(within(added).getByRole('textbox', { name: 'Tekst (Nederlands)' })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo(fetchMock, '/api/instrument/versions/2').filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('publishes after a confirmation that explains what happens, and then shows the version read-only', async () => {
    const fetchMock = versionApi();
    const { user } = await renderApp('/admin/questionnaire/2');
    await screen.findByRole('heading', { level: 1, name: /^Versie 2/ });

    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Versie 2 publiceren?' });
    expect(dialog).toHaveTextContent('Nieuwe zelfevaluaties gebruiken vanaf nu versie 2.');
    expect(dialog).toHaveTextContent('Versie 1 gaat buiten gebruik.');
    expect(dialog).toHaveTextContent('houden hun versie');
    await user.click(within(dialog).getByRole('button', { name: 'Versie 2 publiceren' }));

    expect(await screen.findByText('Versie 2 is gepubliceerd en nu in gebruik.')).toBeInTheDocument();
    expect(screen.getByText(/kan niet meer worden gewijzigd/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Concept opslaan' })).not.toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/instrument/versions/2/publication')).toHaveLength(1);
  });
});

describe('the list of questionnaire versions', () => {
  it('lists the versions with their status and drafts the next one from the version in use', async () => {
    let created: unknown;
    mockApi({
      ...sessionOf(ADMIN),
      '/api/instrument/current': () => jsonResponse(INSTRUMENT),
      '/api/instrument/versions': (_url, request) => {
        if (request.method === 'POST') {
          created = request.body;
          return jsonResponse(DRAFT, 201);
        }
        const [draft, published] = [DRAFT, INSTRUMENT].map(({ themes: _themes, ...summary }) => summary);
        return jsonResponse({ items: created ? [draft, published] : [published] });
      },
      '/api/instrument/versions/2': () => jsonResponse(DRAFT),
    });
    const { user, router } = await renderApp('/admin/questionnaire', { laterPaths: ['/admin/questionnaire/2'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vragenlijstversies' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Alle versies van de vragenlijst, nieuwste eerst' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Versie 1.*In gebruik/);
    const adminNav = screen.getByRole('navigation', { name: 'Beheer' });
    expect(within(adminNav).getByRole('link', { name: 'Vragenlijstversies' })).toHaveAttribute('aria-current', 'page');

    await user.click(await screen.findByRole('button', { name: 'Nieuwe versie opstellen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/questionnaire/2'));
    const body = created as TInstrumentDraft;
    expect(body.title).toEqual(INSTRUMENT.title);
    expect(body.themes.flatMap((t) => t.indicators.map((i) => i.continuesIndicatorId))).toEqual(
      INSTRUMENT.themes.flatMap((t) => t.indicators.map((i) => i.id)),
    );
    expect(await screen.findByRole('heading', { level: 1, name: /^Versie 2/ })).toBeInTheDocument();
  });
});
