import { useEffect, useState, type RefObject } from 'react';

/** Every chart figure under `element` holds its drawing, not the space kept free while Recharts loads. */
function chartsDrawn(element: HTMLElement): boolean {
  return [...element.querySelectorAll('[role="img"]')].every((figure) => figure.querySelector('svg') !== null);
}

/**
 * Printing right after the page opened would put the charts' empty placeholders on paper: a print asked
 * for before every chart under `charts` is drawn waits until they are, then opens the print dialog.
 */
export function usePrintWhenDrawn(charts: RefObject<HTMLElement | null>) {
  const [requested, setRequested] = useState(false);

  useEffect(() => {
    const element = charts.current;
    if (!requested || !element) return;
    const observer = new MutationObserver(() => {
      if (chartsDrawn(element)) printNow();
    });
    function printNow() {
      observer.disconnect();
      setRequested(false);
      window.print();
    }
    if (chartsDrawn(element)) {
      printNow();
      return;
    }
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [requested, charts]);

  return { print: () => setRequested(true), waitingForCharts: requested };
}
