import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TableScroller } from './table-scroller.tsx';

/** jsdom lays nothing out: give every element the widths a real browser would measure. */
function layOut(scrollWidth: number, clientWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

function renderTable() {
  return render(
    <TableScroller label="Scores per kwartaal">
      <table>
        <tbody>
          <tr>
            <td>2026-Q3</td>
          </tr>
        </tbody>
      </table>
    </TableScroller>,
  );
}

describe('TableScroller', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('adds no tab stop for a table that fits', () => {
    layOut(600, 800);
    renderTable();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('makes a table wider than the page a named region that the keyboard can reach and scroll', () => {
    layOut(1200, 800);
    renderTable();
    const region = screen.getByRole('region', { name: 'Scores per kwartaal' });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('measures again when the window changes size', () => {
    layOut(1200, 800);
    renderTable();
    expect(screen.getByRole('region')).toBeInTheDocument();
    vi.restoreAllMocks();
    layOut(1200, 1400);
    act(() => {
      window.dispatchEvent(new Event('resize'));
    });
    expect(screen.queryByRole('region')).toBeNull();
  });
});
