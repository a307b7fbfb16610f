/**
 * The tags of the OpenAPI document: one per area, each operation's `tags` names one of them. A client
 * generator groups operations by tag, and Swagger UI shows these descriptions above each group.
 */
export const OPENAPI_TAGS = [
  { name: 'health', description: 'Liveness and readiness, for the load balancer and the orchestrator' },
  { name: 'meta', description: 'Public facts about this instance that the login page needs' },
  { name: 'auth', description: 'Signing in and out: password, second factor, passkey, institution account, links' },
  { name: 'sign-in', description: 'Email domains that must sign in through their institution (admins)' },
  {
    name: 'account',
    description: "The signed-in person's own account: personal-data export, API tokens, second factor",
  },
  { name: 'passkeys', description: "The signed-in person's passkeys" },
  { name: 'partnerships', description: 'Partnerships, their member organisations, scenario and people' },
  { name: 'organisations', description: 'Institutes, school boards and schools (admins)' },
  { name: 'people', description: 'Accounts, roles, invitations, sign-in methods and erasure (admins)' },
  { name: 'audit', description: 'The audit log: who changed what, when (admins)' },
  { name: 'instrument', description: 'The questionnaire: its versions, themes and indicators' },
  { name: 'periods', description: 'The quarters in which partnerships assess themselves' },
  {
    name: 'assessments',
    description: "A partnership's quarterly self-assessment: responses, submission, history import",
  },
  { name: 'invitations', description: 'Respondents invited by email, their personal links and reminders' },
  { name: 'job-queue', description: 'Failed background jobs and undelivered emails (admins)' },
  {
    name: 'dashboards',
    description: 'Scores, trends, peers, flags and timeline notes of a partnership; the board overview',
  },
  { name: 'follow-up', description: 'Flags, reviews, actions and the review queue: the conversation a flag invites' },
  { name: 'notices', description: "The signed-in person's notices and how they receive them" },
  { name: 'calendar', description: 'Due dates and deadlines as an iCalendar feed' },
  {
    name: 'good-approaches',
    description:
      'Good approaches: write-ups of what worked, searched in Dutch, approved, and linked to flags and actions',
  },
  { name: 'intervision', description: 'Intervision rounds and groups of programme managers' },
  {
    name: 'network',
    description: 'Network portraits, peers to learn from on a flag’s theme, and contact requests between partnerships',
  },
  { name: 'exports', description: 'Files to take along: XLSX, CSV in the reader’s dialect, or JSON' },
] as const;
