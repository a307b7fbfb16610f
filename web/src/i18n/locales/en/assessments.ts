import type { assessmentsNl } from '../nl/assessments.ts';

/**
 * The quarterly self-assessment: filling it in, submitting it, its results and respondents, in English (the same
 * keys as Dutch).
 */
export const assessmentsEn: typeof assessmentsNl = {
  assessment: {
    title: 'Self-assessment {{period}}',
    due: 'Due by {{date}}',
    status: { draft: 'Draft', submitted: 'Submitted' },
    notFound: {
      title: 'Self-assessment not found',
      text: 'This self-assessment does not exist (any more), or your role does not give access to it.',
    },
    submittedOn: 'Submitted on {{date}}',
    submittedBy: 'Submitted by {{name}}.',
    submittedText: 'The answers are final and can no longer be changed.',
    notSubmittedYet:
      'A draft stays within the partnership: the results appear here once the partnership submits this self-assessment.',
    resultsOnly:
      'As a board member you see the combined results; individual respondents’ answers stay within the partnership.',
    progress: {
      answered: '{{answered}} of {{total}} indicators answered',
      theme: '{{answered}} of {{total}}',
    },
    themes: {
      label: 'Themes of the self-assessment',
      stepper: 'To another theme',
      previous: 'Previous theme',
      next: 'Next theme',
    },
    scale: {
      dontKnow: 'Not a score: left out of the average.',
    },
    notes: {
      title: 'Evidence and next step',
      evidence: 'Evidence',
      evidenceHint: 'What shows this? Name examples, agreements or data.',
      nextStep: 'Next step',
      nextStepHint: 'What will you do on this theme next quarter?',
      priority: 'Priority this quarter',
      priorityHint: 'This theme comes first next quarter.',
      priorityYes: 'Yes',
      priorityNo: 'No',
      empty: 'Not filled in',
    },
    save: {
      saved: 'Saved',
      savedAt: 'at {{time}}',
      saving: 'Saving…',
      offline: 'Offline, we will keep trying',
      retrying: 'Saving did not work, we will keep trying',
      failed: 'Not saved',
      retry: 'Save now',
      conflict: 'Not saved: someone else saved this in the meantime',
      closed: 'Not saved: this self-assessment has been submitted in the meantime',
      restored:
        'We have put back changes you typed earlier in this browser that had not been saved yet. We are saving them now.',
      localNote:
        'Your answers are saved automatically as you work. Until they are on the server, we also keep them in this browser.',
    },
    conflict: {
      title: 'Someone else saved this in the meantime',
      text: 'Since you started, these answers were also saved elsewhere (perhaps in another window). Nothing is saved automatically until you choose. Your own changes are safe in this browser.',
      savedAt: 'Their version was saved on {{date}}.',
      loading: 'Fetching the saved version…',
      loadFailed: 'The saved version could not be fetched.',
      loadTheirs: 'Load their version (discard my changes)',
      review: 'Review the differences',
      none: 'There are no differences.',
      caption: 'Differences between your version and the saved version',
      item: 'Item',
      mine: 'Your version',
      theirs: 'Saved version',
      blank: '(empty)',
      keepMineHint:
        'Keep my version saves your version on top of the saved one. Whatever is only in that version is then lost.',
      keepMine: 'Keep my version',
    },
    submit: {
      start: 'Submit…',
      title: 'Submit self-assessment {{period}}?',
      confirm: 'Yes, submit',
      submitting: 'Submitting…',
      cancel: 'Not yet',
      progress: 'You have answered {{answered}} of the {{total}} indicators.',
      point1: 'Every respondent’s answers become final, including those of invited respondents.',
      point2: 'The scores per theme are recorded; the critical friend and the board see them.',
      point3: 'Only an administrator or the critical friend can reopen the self-assessment, with a reason.',
      due: 'Due by {{date}}.',
      notSaved: 'Your latest changes have not been saved yet. Wait until everything is saved and try again.',
    },
    perspectives: {
      coordination: 'Coordination',
      institute: 'Institute',
      school_board: 'School board',
      school: 'School',
    },
    results: {
      title: 'Results per theme',
      intro: 'The combined score per theme next to the scores per perspective, as recorded at submission.',
      introLive: 'The combined score per theme next to the scores per perspective. They change as respondents answer.',
      none: 'There are no scores yet: they appear here as soon as indicators are answered.',
      caption: 'Score per theme: combined, per perspective, the spread and the coverage',
      theme: 'Theme',
      combined: 'Combined',
      spread: 'Spread',
      coverage: 'Coverage',
      divergent: 'diverges',
      northTitle: 'Do you point the same way?',
      northText:
        'Asked to point north, partners in a room pointed in every direction. When institute, boards, schools and coordination score a theme far apart (1.5 or more), that is a finding in itself: a good question for the next meeting, not a judgement.',
      divergesOn: 'On {{theme}} the perspectives diverge: {{views}}.',
      noDivergence: 'The perspectives are close together on every theme.',
      onePerspective:
        'Once there are answers from more perspectives, you will see here whether you point the same way.',
    },
    respondents: {
      title: 'Respondents',
      intro: 'Who answers from which perspective, and how far they are.',
      caption: 'Respondents with perspective, progress and last saved',
      perspective: 'Perspective',
      name: 'Name',
      progress: 'Answered',
      lastSaved: 'Last saved',
      you: 'you',
      notStarted: 'Not started yet',
      view: 'View answers',
      viewing: 'Answers of {{name}} ({{perspective}})',
    },
    invite: {
      title: 'Invite a respondent',
      intro:
        'Invite someone from a partner organisation to take part from their perspective. They need no account: they get a personal link.',
      done: '{{name}} has been invited',
      link: 'Personal link for {{name}}',
      linkHint:
        'Give this link to {{name}} only: whoever has it can fill in {{name}}’s answers until the self-assessment is submitted.',
      name: 'Name',
      perspective: 'Perspective',
      organisation: 'Organisation',
      submit: 'Invite',
    },
    history: {
      title: 'Submissions',
      none: 'This self-assessment has not been submitted yet.',
      submitted: 'Submitted on {{date}} by {{name}}',
      reopened: 'Reopened on {{date}} by {{name}}',
      reason: 'Reason',
    },
    reopen: {
      start: 'Reopen…',
      title: 'Reopen the self-assessment',
      intro:
        'After reopening, respondents can change their answers again; then it is submitted anew. The reason stays visible in the history.',
      reason: 'Reason',
      reasonHint: 'Why does the self-assessment need to reopen? At least 5 characters.',
      submit: 'Reopen',
    },
    own: {
      title: 'Your own answers',
      text: 'You have no answers of your own in this self-assessment yet. Add them to take part from the coordination perspective.',
      add: 'Add my own answers',
    },
    partnership: {
      title: 'Self-assessments',
      current: 'Quarter {{period}} is under way: due by {{date}}.',
      start: 'Start self-assessment {{period}}',
      open: 'Open self-assessment {{period}}',
      view: 'View self-assessment {{period}}',
      none: 'There are no self-assessments yet.',
      caption: 'Self-assessments per quarter with status, submission date and number of respondents',
      period: 'Quarter',
      status: 'Status',
      submittedAt: 'Submitted on',
      responses: 'Respondents',
    },
    respond: {
      for: 'Your answers, {{name}}',
      intro:
        'You have been invited to look, from your organisation’s point of view, at where {{partnership}} stands on the five core themes. It is not a judgement, but a conversation about the next step.',
      submittedTitle: 'This self-assessment has already been submitted',
      submittedText: 'Your answers are final; you can no longer change anything. Below is what you filled in.',
      expiredTitle: 'This quarter has closed',
      expiredText:
        'Your link was for a quarter whose self-assessment has closed, so it no longer opens. Thank you for taking part. If you still want to add something, ask the partnership’s programme manager: the next quarter is a good moment for that conversation.',
      invalidTitle: 'This link does not work',
      invalidText:
        'The link is incomplete or does not exist (any more). Ask the partnership’s programme manager for a new link.',
    },
  },
  fillIn: {
    notes: {
      counter: '{{length}} of {{limit}} characters',
      tooLong:
        'Your text is {{length}} characters; {{limit}} fit. Shorten it and we will save it. Until then, all of it stays in this field and in this browser.',
    },
    save: {
      nothingYet: 'Nothing filled in yet: we save automatically as soon as you start',
      tooLong: 'Not saved: a text is too long. Shorten it and saving resumes.',
    },
    submit: {
      emptyThemes_one: 'Nothing has been answered yet for this theme:',
      emptyThemes_other: 'Nothing has been answered yet for these {{count}} themes:',
      partialThemes_one: 'This theme is partly answered:',
      partialThemes_other: 'These {{count}} themes are partly answered:',
      openCounts:
        'What stays open does not count in the scores; a theme without answers gets no score this quarter. You can fill in more first, or submit now.',
      tooLong: 'An evidence or next-step text is too long to be saved. Shorten it; then you can submit.',
    },
    open: {
      progress: 'Self-assessment {{period}}: {{answered}} of {{total}} answered, due by {{date}}',
      draft: 'Self-assessment {{period}}: open, due by {{date}}',
      notStarted: 'Self-assessment {{period}}: not started yet, due by {{date}}',
      periodLink: 'To your self-assessment',
    },
    ownNotes: {
      title: 'Your evidence and next steps',
      none: 'You wrote no evidence or next step in this self-assessment.',
      priority: 'priority this quarter',
    },
  },
};
