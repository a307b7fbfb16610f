import { useEffect } from 'react';

/** A CSS string literal of any text: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/**
 * What the report's @page margin boxes print on every sheet (see report.module.css). Chromium does not
 * support `string-set`, so a sheet cannot take the partnership's name from the page; the page context
 * inherits custom properties from the root element, so the name is set there while the report is open.
 */
export function useRunningHead({ head, foot }: { head: string; foot: string }) {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--report-running-head', cssString(head));
    root.setProperty('--report-running-foot', cssString(foot));
    return () => {
      root.removeProperty('--report-running-head');
      root.removeProperty('--report-running-foot');
    };
  }, [head, foot]);
}
