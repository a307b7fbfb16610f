import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-client.ts';

const MAX_RETRIES = 2;

/** A client error (4xx) will not fix itself; a network hiccup or a busy server may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof ApiRequestError && error.status !== undefined && error.status < 500) return false;
  return true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Partnerships and the questionnaire change rarely; a minute avoids refetching on every page switch.
        staleTime: 60_000,
        retry: shouldRetry,
      },
    },
  });
}
