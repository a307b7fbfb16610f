import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { THistoryImportResult } from '@koers/shared/history-import';
import { NOORDERLICHT, PROGRAMME_MANAGER } from '../../../test/fixtures.ts';
import { apiErrorResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../test/mock-api.ts';
import { renderApp } from '../../../test/render-app.tsx';

const TWENTE_ID = '0b6f2a1e-4c3d-4e8a-9b1f-2a7c5d9e1f03';
const TWENTE = { ...NOORDERLICHT, id: TWENTE_ID, name: 'Partnerschap Twente Leert' };
const IMPORTS = `/api/partnerships/${TWENTE_ID}/history-imports`;

const BAD_CSV = ['period;perspective;indicator;answer', '2019-Q1;coordinatie;1.1;3', '2019-Q1;school;9.9;2'].join('\n');
const GOOD_CSV = ['period;perspective;indicator;answer', '2019-Q1;coordinatie;1.1;3', '2019-Q2;school;1.2;2'].join(
  '\n',
);
const QUARTERS = [
  { period: '2019-Q1', responses: 1, answers: 1 },
  { period: '2019-Q2', responses: 1, answers: 1 },
];

/**
 * The import endpoint as the API answers it: line 3 of a file with indicator 9.9 is wrong. With
 * `refuseImport`, someone imported 2019-Q1 between the check and the import: the import is refused, and
 * checks from then on report it.
 */
function importHandler(options: { refuseImport?: boolean } = {}) {
  let taken = false;
  return (_url: URL, request: { body: unknown }) => {
    const { csv, dryRun } = request.body as { csv: string; dryRun: boolean };
    const problems: THistoryImportResult['problems'] = [];
    if (csv.includes('9.9'))
      problems.push({ sheet: null, row: 3, column: 'indicator', code: 'INDICATOR_UNKNOWN', params: { value: '9.9' } });
    if (taken)
      problems.push({ sheet: null, row: 2, column: 'period', code: 'PERIOD_TAKEN', params: { value: '2019-Q1' } });
    if (!dryRun && options.refuseImport) {
      taken = true;
      return apiErrorResponse(400, 'VALIDATION_FAILED', 'The file has 1 problem(s); nothing was imported', {
        details: [{ path: 'row.2.period', message: 'PERIOD_TAKEN' }],
      });
    }
    const result: THistoryImportResult = {
      dryRun,
      imported: !dryRun,
      quarters: problems.length > 0 ? QUARTERS.slice(0, 1) : QUARTERS,
      problems,
    };
    return jsonResponse(result);
  };
}

async function openImport(handler = importHandler()) {
  const fetchMock = mockApi({
    ...sessionOf(PROGRAMME_MANAGER),
    [`/api/partnerships/${TWENTE_ID}`]: () => jsonResponse(TWENTE),
    [IMPORTS]: handler,
  });
  const app = await renderApp(`/partnerships/${TWENTE_ID}/import`);
  await screen.findByRole('heading', { level: 1, name: /Partnerschap Twente Leert/ });
  return { fetchMock, ...app };
}

describe('importing history from a CSV', () => {
  it('explains the format with the accepted values, Dutch first', async () => {
    await openImport();
    const format = screen.getByRole('region', { name: 'Zo ziet het bestand eruit' });
    const perspective = within(format).getByRole('row', { name: /^perspective/ });
    expect(perspective).toHaveTextContent('coordinatie, opleiding, schoolbestuur of school');
    expect(within(format).getByRole('row', { name: /^respondent/ })).toHaveTextContent('(optioneel)');
    expect(within(format).getByText(/2025-Q3;school;4\.2;weet niet;OBS De Esch/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Geschiedenis importeren · Partnerschap Twente Leert · Koers'));
  });

  it('names each bad row and its reason, and imports only after a clean check of the same contents', async () => {
    const { fetchMock, user } = await openImport();
    const importButton = screen.getByRole('button', { name: 'Importeren' });
    expect(importButton).toBeDisabled();

    await user.upload(
      screen.getByLabelText('CSV-bestand'),
      new File([BAD_CSV], 'geschiedenis.csv', { type: 'text/csv' }),
    );
    const contents = screen.getByRole('textbox', { name: 'Inhoud van het bestand' });
    await waitFor(() => expect(contents).toHaveValue(BAD_CSV));
    await user.click(screen.getByRole('button', { name: 'Controleren' }));

    const result = await screen.findByRole('region', { name: 'Uitkomst van de controle' });
    expect(within(result).getByText(/De controle vond 1 probleem; er is niets geïmporteerd/)).toBeInTheDocument();
    const problems = within(result).getByRole('table', { name: 'Problemen per regel van het bestand' });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['3indicator “9.9” staat niet in de vragenlijst']);
    expect(screen.getByRole('heading', { name: 'Uitkomst van de controle' })).toHaveFocus();
    expect(importButton).toBeDisabled();

    // Fixed in the text field, checked again: now the quarters it would add are listed.
    await user.clear(contents);
    await user.click(contents);
    await user.paste(GOOD_CSV);
    expect(within(result).getByText(/De inhoud is gewijzigd sinds de laatste controle/)).toBeInTheDocument();
    expect(importButton).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    const quarters = await screen.findByRole('table', { name: 'Kwartalen die worden geïmporteerd' });
    expect(
      within(quarters)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['2019-Q1', '2019-Q2']);
    expect(importButton).toBeEnabled();

    await user.click(importButton);
    expect(await screen.findByText('2 kwartalen zijn geïmporteerd: 2019-Q1, 2019-Q2.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bekijk de zelfevaluaties van het partnerschap' })).toHaveAttribute(
      'href',
      `/partnerships/${TWENTE_ID}`,
    );

    expect(requestsTo(fetchMock, IMPORTS).map((r) => r.body)).toEqual([
      { csv: BAD_CSV, dryRun: true },
      { csv: GOOD_CSV, dryRun: true },
      { csv: GOOD_CSV, dryRun: false },
    ]);
  });

  it('reads a file that Excel on Windows saved in Windows-1252 with its accents intact', async () => {
    const { user } = await openImport();
    const text = 'period;perspective;indicator;answer;respondent\n2019-Q1;coördinatie;1.1;3;OBS Müller';
    // Latin-1 bytes: for these letters the same as Windows-1252, and no valid UTF-8.
    const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    await user.upload(screen.getByLabelText('CSV-bestand'), new File([bytes], 'excel.csv', { type: 'text/csv' }));
    const contents = screen.getByRole('textbox', { name: 'Inhoud van het bestand' });
    await waitFor(() => expect(contents).toHaveValue(text));
  });

  it('refuses a workbook or a file without text with a message, and leaves the contents as they were', async () => {
    const { user } = await openImport();
    const field = screen.getByLabelText('CSV-bestand');
    const contents = screen.getByRole('textbox', { name: 'Inhoud van het bestand' });
    // An XLSX file is a zip archive: it starts with "PK", 3, 4.
    const workbook = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await user.upload(field, new File([workbook], 'geschiedenis.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/Dit is een Excel-werkmap, geen CSV-bestand/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(contents).toHaveValue('');

    await user.upload(field, new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a])], 'foto.csv'));
    expect(await screen.findByText('Dit bestand bevat geen tekst. Kies een CSV-bestand.')).toBeInTheDocument();
    expect(contents).toHaveValue('');

    await user.upload(field, new File([GOOD_CSV], 'geschiedenis.csv', { type: 'text/csv' }));
    await waitFor(() => expect(contents).toHaveValue(GOOD_CSV));
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the problems of an import the API refuses, and imports nothing', async () => {
    const { user } = await openImport(importHandler({ refuseImport: true }));
    await user.click(screen.getByRole('textbox', { name: 'Inhoud van het bestand' }));
    await user.paste(GOOD_CSV);
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    await screen.findByRole('table', { name: 'Kwartalen die worden geïmporteerd' });

    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    const problems = await screen.findByRole('table', { name: 'Problemen per regel van het bestand' });
    expect(screen.getByText(/Het importeren is geweigerd om 1 probleem/)).toBeInTheDocument();
    expect(within(problems).getAllByRole('row')[1]).toHaveTextContent(
      '22019-Q1 heeft al een zelfevaluatie bij dit partnerschap',
    );
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeDisabled();
    expect(screen.queryByText(/geïmporteerd:/)).not.toBeInTheDocument();
  });

  it('asks for contents before checking', async () => {
    const { fetchMock, user } = await openImport();
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    const contents = screen.getByRole('textbox', { name: 'Inhoud van het bestand' });
    expect(contents).toHaveAccessibleDescription(expect.stringContaining('Kies een bestand of plak de inhoud.'));
    expect(contents).toHaveFocus();
    expect(requestsTo(fetchMock, IMPORTS)).toEqual([]);
  });

  it('is linked from the partnership page for its programme manager', async () => {
    mockApi({ ...sessionOf(PROGRAMME_MANAGER), [`/api/partnerships/${TWENTE_ID}`]: () => jsonResponse(TWENTE) });
    await renderApp(`/partnerships/${TWENTE_ID}`);
    const link = await screen.findByRole('link', { name: 'Geschiedenis importeren' });
    expect(link).toHaveAttribute('href', `/partnerships/${TWENTE_ID}/import`);
  });

  it('keeps the form from people who may not import for this partnership', async () => {
    mockApi({
      ...sessionOf({ ...PROGRAMME_MANAGER, access: { ...PROGRAMME_MANAGER.access, programmeManagerOf: [] } }),
      [`/api/partnerships/${TWENTE_ID}`]: () => jsonResponse(TWENTE),
    });
    await renderApp(`/partnerships/${TWENTE_ID}/import`);
    expect(await screen.findByRole('heading', { name: 'Geen toegang tot importeren' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Controleren' })).not.toBeInTheDocument();
  });
});
