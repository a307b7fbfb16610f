import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { jsonResponse, mockApi, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

describe('questionnaire page', () => {
  it('shows the scale and the five themes with their indicators, in Dutch', async () => {
    mockApi({ ...sessionOf(PROGRAMME_MANAGER), '/api/instrument/current': () => jsonResponse(INSTRUMENT) });
    await renderApp('/questionnaire');

    expect(await screen.findByRole('heading', { level: 1, name: 'Zelfevaluatie Samen Opleiden' })).toBeInTheDocument();
    expect(screen.getByText(/Versie 1, gepubliceerd op 22 november 2026/)).toBeInTheDocument();

    const legend = screen.getByRole('region', { name: 'Zo geef je een score' });
    const levels = within(legend).getAllByRole('listitem');
    expect(levels.map((level) => within(level).getByRole('strong').textContent)).toEqual([
      '1 Nog niet gestart',
      '2 In ontwikkeling',
      '3 Functionerend',
      '4 Verankerd',
    ]);
    expect(within(legend).getByText('Weet niet')).toBeInTheDocument();
    expect(within(legend).getByText(/Geen score/)).toBeInTheDocument();

    const themeHeadings = screen.getAllByRole('heading', { level: 3 });
    expect(themeHeadings).toHaveLength(5);
    expect(themeHeadings[0]).toHaveTextContent('Thema 1Belang en doel van de samenwerking');
    expect(themeHeadings[4]).toHaveTextContent('Thema 5Doorgaande lijn inhoud en begeleiding');

    const theme4 = screen.getByRole('region', { name: /Data en feedback/ });
    expect(within(theme4).getByText('Onderliggende vraag bij thema 4?')).toBeInTheDocument();
    expect(
      within(theme4)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['4.1Indicator 4.1 in het Nederlands', '4.2Indicator 4.2 in het Nederlands']);
    await waitFor(() => expect(document.title).toBe('Vragenlijst · Koers'));
  });

  it('switches the questionnaire to English, texts from the API included', async () => {
    mockApi({ ...sessionOf(PROGRAMME_MANAGER), '/api/instrument/current': () => jsonResponse(INSTRUMENT) });
    const { user } = await renderApp('/questionnaire');
    await screen.findByRole('heading', { level: 1, name: 'Zelfevaluatie Samen Opleiden' });

    await user.click(screen.getByRole('button', { name: /English/ }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samen Opleiden self-assessment' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Version 1, published on November 22, 2026/)).toBeInTheDocument();
    expect(screen.getByText('Embedded and sustained')).toBeInTheDocument();
    expect(screen.getByText('Don’t know')).toBeInTheDocument();
    const theme5 = screen.getByRole('region', { name: /Continuous line of content and induction/ });
    expect(within(theme5).getByText('Theme 5')).toBeInTheDocument();
    expect(within(theme5).getByText('Indicator 5.2 in English')).toBeInTheDocument();
    expect(screen.queryByText(/in het Nederlands/)).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Questionnaire · Koers'));
  });
});
