import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type TTableScrollerProps = {
  /** Names the region while it scrolls; the table's caption says it best. */
  label: string;
  id?: string;
  children: ReactNode;
};

/**
 * The frame of a data table, which scrolls sideways when the table is wider than the page. Only while it
 * scrolls is it a named region in the tab order: keyboard users can then scroll it with the arrow keys
 * (WCAG 2.1.1), and tables that fit add no tab stop.
 */
export function TableScroller({ label, id, children }: TTableScrollerProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  // After every render: new rows or a new language can make the table wider or narrower.
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const measure = () => setScrolls(frame.scrollWidth > frame.clientWidth);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });

  return (
    <div
      ref={frameRef}
      id={id}
      className="table-wrapper"
      {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
