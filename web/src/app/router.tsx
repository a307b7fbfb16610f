import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { RouteError } from '../components/route-error.tsx';
import { RequireSession } from '../features/auth/components/require-session.tsx';
import { AppShell } from './layout/app-shell.tsx';
import { LearningNetworkLayout } from './layout/learning-network.tsx';

/** Pages load on demand: the entry chunk holds only the shell, so the first paint stays light. */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: AppShell,
      HydrateFallback: LoadingState,
      children: [
        {
          // A pathless layout route: a failing page shows its error inside the shell, not instead of it.
          ErrorBoundary: RouteError,
          children: [
            { path: 'login', lazy: () => import('./routes/login.tsx') },
            // Where signing in through an institution lands someone nobody invited.
            { path: 'login/no-access', lazy: () => import('./routes/login-no-access.tsx') },
            { path: 'link/:token', lazy: () => import('./routes/one-time-link.tsx') },
            // Invited respondents have no account: their personal link opens their questionnaire.
            { path: 'respond/:token', lazy: () => import('./routes/respond.tsx') },
            // The opt-out link in every invitation and reminder: no account, no session.
            { path: 'reminders/opt-out/:token', lazy: () => import('./routes/reminder-opt-out.tsx') },
            {
              Component: RequireSession,
              children: [
                { index: true, lazy: () => import('./routes/partnerships.tsx') },
                { path: 'partnerships/:partnershipId', lazy: () => import('./routes/partnership.tsx') },
                { path: 'partnerships/:partnershipId/import', lazy: () => import('./routes/partnership-import.tsx') },
                // The charts (Recharts) load with these two pages only, never with the first page.
                {
                  path: 'partnerships/:partnershipId/dashboard',
                  lazy: async () => {
                    const page = await import('./routes/partnership-dashboard.tsx');
                    return { Component: page.Component, loader: page.dashboardLoader(queryClient) };
                  },
                },
                { path: 'board', lazy: () => import('./routes/board.tsx') },
                { path: 'review-queue', lazy: () => import('./routes/review-queue.tsx') },
                { path: 'flags/:flagId', lazy: () => import('./routes/flag.tsx') },
                // The learning network: its pages under one item of the main menu and one set of tabs.
                {
                  Component: LearningNetworkLayout,
                  children: [
                    { path: 'good-approaches', lazy: () => import('./routes/good-approaches.tsx') },
                    { path: 'good-approaches/new', lazy: () => import('./routes/good-approach-write.tsx') },
                    { path: 'good-approaches/:goodApproachId', lazy: () => import('./routes/good-approach.tsx') },
                    {
                      path: 'good-approaches/:goodApproachId/edit',
                      lazy: () => import('./routes/good-approach-write.tsx'),
                    },
                    { path: 'network', lazy: () => import('./routes/network.tsx') },
                    { path: 'network/:partnershipId', lazy: () => import('./routes/network-portrait.tsx') },
                    { path: 'intervision', lazy: () => import('./routes/intervision.tsx') },
                    { path: 'intervision/:roundId', lazy: () => import('./routes/intervision-round.tsx') },
                  ],
                },
                {
                  path: 'partnerships/:partnershipId/portrait',
                  lazy: () => import('./routes/partnership-portrait.tsx'),
                },
                {
                  path: 'partnerships/:partnershipId/actions',
                  lazy: () => import('./routes/partnership-actions.tsx'),
                },
                // The printable report draws the dashboard's charts, so it loads Recharts too.
                { path: 'partnerships/:partnershipId/report', lazy: () => import('./routes/partnership-report.tsx') },
                { path: 'inbox', lazy: () => import('./routes/inbox.tsx') },
                { path: 'assessments/:assessmentId', lazy: () => import('./routes/assessment.tsx') },
                { path: 'questionnaire', lazy: () => import('./routes/questionnaire.tsx') },
                { path: 'account', lazy: () => import('./routes/account.tsx') },
                { path: 'account/second-factor', lazy: () => import('./routes/second-factor.tsx') },
                {
                  path: 'admin',
                  lazy: () => import('./routes/admin/admin-layout.tsx'),
                  children: [
                    { index: true, element: <Navigate to="people" replace /> },
                    { path: 'organisations', lazy: () => import('./routes/admin/organisations.tsx') },
                    { path: 'partnerships', lazy: () => import('./routes/admin/partnerships.tsx') },
                    { path: 'partnerships/:partnershipId', lazy: () => import('./routes/admin/partnership.tsx') },
                    { path: 'people', lazy: () => import('./routes/admin/people.tsx') },
                    { path: 'people/invite', lazy: () => import('./routes/admin/invite-person.tsx') },
                    { path: 'people/:personId', lazy: () => import('./routes/admin/person.tsx') },
                    { path: 'periods', lazy: () => import('./routes/admin/periods.tsx') },
                    { path: 'questionnaire', lazy: () => import('./routes/admin/questionnaire-versions.tsx') },
                    {
                      path: 'questionnaire/:version',
                      lazy: () => import('./routes/admin/questionnaire-version.tsx'),
                    },
                    { path: 'flag-settings', lazy: () => import('./routes/admin/flag-settings.tsx') },
                    { path: 'audit-log', lazy: () => import('./routes/admin/audit-log.tsx') },
                    { path: 'queue', lazy: () => import('./routes/admin/job-queue.tsx') },
                    { path: 'import', lazy: () => import('./routes/admin/setup-import.tsx') },
                  ],
                },
                { path: '*', lazy: () => import('./routes/not-found.tsx') },
              ],
            },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
