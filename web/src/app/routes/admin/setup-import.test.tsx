import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TSetupImportResult } from '@koers/shared/setup-import';
import { SPREADSHEET_MAX_BYTES } from '@koers/shared/spreadsheet-upload';
import { ADMIN } from '../../../../test/fixtures.ts';
import { apiErrorResponse, jsonResponse, mockApi, requestsTo, sessionOf } from '../../../../test/mock-api.ts';
import { renderApp } from '../../../../test/render-app.tsx';

const BAD = 'name,email,role\nIlse Hoekstra,ilse@,programmamanager\n';
const GOOD = 'name,email,role,partnerships\nIlse Hoekstra,ilse@vallei.test,programmamanager,Vallei\n';
const base64 = (text: string) => btoa(text);

/** The import as the API answers it: the bad file has an address without a domain. */
function importApi() {
  return mockApi({
    ...sessionOf(ADMIN),
    '/api/setup-imports': (_url: URL, request: { body: unknown }) => {
      const { file, dryRun } = request.body as { file: string; dryRun: boolean };
      const bad = file === base64(BAD);
      const result: TSetupImportResult = {
        dryRun,
        imported: !dryRun,
        counts: { organisations: 0, partnerships: 0, people: 1 },
        problems: bad
          ? [{ sheet: 'people', row: 2, column: 'email', code: 'EMAIL_INVALID', params: { value: 'ilse@' } }]
          : [],
      };
      return jsonResponse(result);
    },
  });
}

describe('importing a set-up spreadsheet under Beheer', () => {
  it('shows each problem by sheet, row and column in Dutch, and imports only a file checked clean', async () => {
    const fetchMock = importApi();
    const { user } = await renderApp('/admin/import');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Importeren uit een spreadsheet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Importeren' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Sjabloon downloaden (Nederlands)' })).toHaveAttribute(
      'href',
      '/api/setup-imports/template?language=nl',
    );
    const importButton = screen.getByRole('button', { name: 'Importeren' });
    expect(importButton).toBeDisabled();

    await user.upload(screen.getByLabelText('Spreadsheet'), new File([BAD], 'personen.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    const problems = await screen.findByRole('table', { name: 'Punten om aan te passen, per blad, rij en kolom' });
    expect(
      within(problems)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['personen2e-mail“ilse@” is geen e-mailadres.']);
    expect(screen.getByRole('heading', { name: 'Resultaat van de controle' })).toHaveFocus();
    expect(importButton).toBeDisabled();

    await user.upload(screen.getByLabelText('Spreadsheet'), new File([GOOD], 'personen.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/Je hebt een ander bestand gekozen sinds de controle/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(await screen.findByText('1 persoon (met uitnodiging)')).toBeInTheDocument();
    await user.click(importButton);
    expect(
      await screen.findByText(/^Geïmporteerd: 0 organisaties, 0 partnerschappen en 1 persoon/),
    ).toBeInTheDocument();

    expect(requestsTo(fetchMock, '/api/setup-imports').map((r) => r.body)).toEqual([
      { file: base64(BAD), dryRun: true },
      { file: base64(GOOD), dryRun: true },
      { file: base64(GOOD), dryRun: false },
    ]);
  });

  it('says at once, and with the field, that a chosen file is too large, and sends nothing', async () => {
    const fetchMock = importApi();
    const { user } = await renderApp('/admin/import');
    const field = await screen.findByLabelText('Spreadsheet');
    await user.upload(field, new File(['x'.repeat(SPREADSHEET_MAX_BYTES + 1)], 'groot.csv', { type: 'text/csv' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit bestand is groter dan 1 MB. Splits het in kleinere bestanden.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'XLSX of CSV, tot 1 MB. Dit bestand is groter dan 1 MB. Splits het in kleinere bestanden.',
    );
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
    expect(requestsTo(fetchMock, '/api/setup-imports')).toEqual([]);
  });

  it('tells why the API could not read a file, and what to do about it', async () => {
    mockApi({
      ...sessionOf(ADMIN),
      '/api/setup-imports': () =>
        apiErrorResponse(400, 'SPREADSHEET_UNREADABLE', 'The file cannot be read as a spreadsheet: it is damaged', {
          details: [{ path: 'body.file', message: 'damaged' }],
        }),
    });
    const { user } = await renderApp('/admin/import');
    const field = await screen.findByLabelText('Spreadsheet');
    await user.upload(field, new File(['PK'], 'kapot.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Controleren' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit lijkt een Excel-bestand (.xlsx), maar het is beschadigd. Open het in je spreadsheetprogramma',
    );
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeDisabled();
  });
});
