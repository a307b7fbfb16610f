import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

type TAppProviderProps = {
  queryClient: QueryClient;
  children: ReactNode;
};

/** Everything a page needs from its surroundings; tests wrap pages in the same provider. */
export function AppProvider({ queryClient, children }: TAppProviderProps) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
