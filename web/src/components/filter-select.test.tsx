import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FilterSelect } from './filter-select.tsx';

const SECTORS = [
  { value: 'po', label: 'Primair onderwijs' },
  { value: 'vo', label: 'Voortgezet onderwijs' },
];

/** Holds the value as a page holds it in the address, and shows what the select handed back. */
function SectorFilter({ initial }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  const [received, setReceived] = useState<string[]>([]);
  return (
    <>
      <FilterSelect
        label="Sector"
        allLabel="Alle sectoren"
        value={value}
        options={SECTORS}
        onChange={(next) => {
          setValue(next === '' ? undefined : next);
          setReceived([...received, next]);
        }}
      />
      <output>{received.join(',')}</output>
    </>
  );
}

describe('FilterSelect', () => {
  it('is a combobox named by its label, with the "all" option first and chosen while the filter is off', () => {
    render(<SectorFilter />);
    const select = screen.getByRole('combobox', { name: 'Sector' });
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Alle sectoren',
      'Primair onderwijs',
      'Voortgezet onderwijs',
    ]);
    expect(screen.getByRole('option', { name: 'Alle sectoren', selected: true })).toHaveValue('');
  });

  it('shows the value it is given and hands back the value chosen, or an empty one for "all"', async () => {
    const user = userEvent.setup();
    render(<SectorFilter initial="vo" />);
    const select = screen.getByRole('combobox', { name: 'Sector' });
    expect(select).toHaveValue('vo');

    await user.selectOptions(select, 'Primair onderwijs');
    expect(select).toHaveValue('po');
    await user.selectOptions(select, 'Alle sectoren');
    expect(select).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('po,');
  });

  it('has no "all" option when the filter always holds a value', () => {
    render(
      <FilterSelect label="Aantal regels" value="100" options={[{ value: '100', label: '100' }]} onChange={() => {}} />,
    );
    expect(screen.getByRole('combobox', { name: 'Aantal regels' }).querySelectorAll('option')).toHaveLength(1);
  });
});
