import { lazy } from 'react';

/**
 * Recharts is the largest library in the app (about 90 kB gzip), so the charts load after the page:
 * a dashboard draws its scores, flags and tables as soon as its data is there, and each chart when
 * Recharts arrives. ChartFigure keeps the chart's space free meanwhile, so nothing moves when it does.
 */
export const ThemeLineChart = lazy(async () => ({ default: (await import('./theme-line-chart.tsx')).ThemeLineChart }));

export const ThemeRadarChart = lazy(async () => ({
  default: (await import('./theme-radar-chart.tsx')).ThemeRadarChart,
}));
