import { scopes } from '../../../lib/query-scopes.ts';

export const assessmentKeys = {
  detail: (assessmentId: string) => ['assessments', 'detail', assessmentId] as const,
  partnership: (partnershipId: string) => [...scopes.partnership(partnershipId), 'assessments'] as const,
  respondentView: (token: string) => ['respond', token] as const,
  submission: (assessmentId: string) => ['assessments', 'submit', assessmentId] as const,
};
