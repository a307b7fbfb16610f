import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT } from '../../../../test/fixtures.ts';
import { AssessmentResults } from './assessment-results.tsx';

describe('assessment results', () => {
  it('writes scores by the same rule as the dashboards and the report: 3.25 stays "3,25"', () => {
    render(
      <AssessmentResults
        instrument={INSTRUMENT}
        live={false}
        results={[
          { theme: 1, score: 3.25, coverage: 1, perspectives: { coordination: 3 }, perspectiveSpread: null },
          { theme: 4, score: 5 / 3, coverage: 0.75, perspectives: { coordination: 5 / 3 }, perspectiveSpread: null },
        ]}
      />,
    );
    const table = screen.getByRole('table');
    const cells = (name: RegExp) =>
      [...within(table).getByRole('row', { name }).querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells(/^1\./)).toEqual(['3,25', '3,0', '–', '100%']);
    expect(cells(/^4\./)).toEqual(['1,67', '1,67', '–', '75%']);
  });
});
