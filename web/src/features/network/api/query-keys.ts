import type { TNetworkQuery } from '@koers/shared/network';
import { scopes } from '../../../lib/query-scopes.ts';

export const networkKeys = {
  /** The published portraits and the suggestions drawn from them. */
  all: () => ['network'] as const,
  portraits: (query: TNetworkQuery) => [...networkKeys.all(), 'portraits', query] as const,
  portrait: (partnershipId: string) => [...networkKeys.all(), 'portrait', partnershipId] as const,
  suggestions: (flagId: string) => [...networkKeys.all(), 'suggestions', flagId] as const,
  /** A partnership's own portrait (also a draft) and its contact requests: part of that partnership. */
  ownPortrait: (partnershipId: string) => [...scopes.partnership(partnershipId), 'portrait'] as const,
  contactRequests: (partnershipId: string) => [...scopes.partnership(partnershipId), 'contact-requests'] as const,
};
