import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from '../components/layout/app-shell.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { RouteError } from '../components/route-error.tsx';

/** Pages load on demand: the entry chunk holds only the shell, so the first paint stays light. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppShell,
    HydrateFallback: LoadingState,
    children: [
      {
        // A pathless layout route: a failing page shows its error inside the shell, not instead of it.
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('./routes/partnerships.tsx') },
          { path: 'partnerships/:partnershipId', lazy: () => import('./routes/partnership.tsx') },
          { path: 'questionnaire', lazy: () => import('./routes/questionnaire.tsx') },
          { path: '*', lazy: () => import('./routes/not-found.tsx') },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
