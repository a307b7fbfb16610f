import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from '../src/app/provider.tsx';
import { appRoutes } from '../src/app/router.tsx';
import { createQueryClient } from '../src/lib/query-client.ts';

/**
 * Loads the lazy page modules `path` renders, as the router would on its first navigation. On a busy
 * machine transforming a page module takes seconds; awaited here, a test's waits are spent on the page's
 * own requests and renders only, not on compiling code.
 */
async function loadPagesFor(routes: RouteObject[], path: string): Promise<void> {
  const matches = matchRoutes(routes, path) ?? [];
  await Promise.all(matches.map(({ route }) => (typeof route.lazy === 'function' ? route.lazy() : undefined)));
}

/**
 * Renders the real route tree at `path`, as the browser would, with only the network replaced. The pages
 * of `laterPaths`, where the test goes by clicking, are loaded up front as well.
 */
export async function renderApp(path: string, { laterPaths = [] }: { laterPaths?: string[] } = {}) {
  // The app's own query client, without retries: a failed request should show its error state straight away.
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const routes = appRoutes(queryClient);
  await Promise.all([path, ...laterPaths].map((page) => loadPagesFor(routes, page)));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { router, user };
}

/**
 * Loads the chart modules the dashboard, report and board pages load after their data. A test of those
 * pages awaits this first, so what it waits for is the page's data and drawing, not Recharts compiling.
 */
export async function loadCharts(): Promise<void> {
  await Promise.all([
    import('../src/features/dashboards/components/theme-line-chart.tsx'),
    import('../src/features/dashboards/components/theme-radar-chart.tsx'),
  ]);
}
