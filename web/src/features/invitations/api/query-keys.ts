export const invitationKeys = {
  ofAssessment: (assessmentId: string) => ['invitations', assessmentId] as const,
};
