import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../src/app/provider.tsx';
import { appRoutes } from '../src/app/router.tsx';
import { createQueryClient } from '../src/lib/query-client.ts';

/** Renders the real route tree at `path`, as the browser would, with only the network replaced. */
export function renderApp(path: string) {
  // The app's own query client, without retries: a failed request should show its error state straight away.
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { router, user };
}
