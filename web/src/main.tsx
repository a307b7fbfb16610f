import './styles/tokens.css';
import './styles/global.css';
import './styles/primitives.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from './app/provider.tsx';
import { createAppRouter } from './app/router.tsx';
import { sessionQueryOptions } from './features/auth/api/get-session.ts';
import { i18nReady } from './i18n/i18n.ts';
import { createQueryClient } from './lib/query-client.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// While the texts of the language load, nothing else waits for them: the router starts loading the page's
// module as it is created, and the session (which every page asks for first) is fetched meanwhile.
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
void queryClient.prefetchQuery(sessionQueryOptions());

void i18nReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  ),
);
