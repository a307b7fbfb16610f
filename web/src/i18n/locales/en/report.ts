import type { reportNl } from '../nl/report.ts';

/** The partnership report, in English (the same keys as Dutch). */
export const reportEn: typeof reportNl = {
  report: {
    title: 'Quarterly report for the steering group',
    pageTitle: 'Report {{name}} {{period}}',
    runningHead: '{{name}} · Quarterly report {{period}}',
    open: 'Printable report',
    print: 'Print / save as PDF',
    waitingForCharts: 'The charts are still being drawn; the print dialog opens as soon as they are ready.',
    back: 'Back to the dashboard',
    facts: {
      quarter: 'Quarter',
      comparedWith: '{{period}}, compared with {{previous}}',
      firstQuarter: '{{period}}, the first submitted quarter',
      region: 'Region and sector',
      scenario: 'Collaboration scenario',
      members: 'Who train teachers together',
      schools_one: '{{count}} school',
      schools_other: '{{count}} schools',
      noMembers: 'no organisations linked yet',
      printed: 'Printed on',
    },
    printedOn: 'Printed on {{date}}',
    summary: {
      title: 'Summary',
      rise: 'Since {{previous}}, {{theme}} rose the most ({{change}}).',
      drop: 'The largest drop is in {{theme}} ({{change}}).',
      noRise: 'Since {{previous}}, no theme rose.',
      noDrop: 'No theme dropped.',
      first: 'This is the first submitted quarter: there is nothing to compare with yet.',
      flags_zero: 'There are no open flags.',
      flags_one: 'There is {{count}} open flag; it is listed below, with its reason.',
      flags_other: 'There are {{count}} open flags; they are listed below by theme, each with its reason.',
    },
    noPeriod: {
      title: 'No submitted quarter yet',
      text: 'There is no submitted self-assessment to make a report of yet.',
    },
    charts: 'Charts',
    scores: {
      title: 'Scores on the five core themes',
      caption: 'Mean score per core theme (1 to 4) in {{period}}',
      theme: 'Core theme',
      score: 'Score',
      previous: 'Previous quarter',
      change: 'Change',
      none: '—',
    },
    flags: {
      title: 'Open flags',
      intro: 'A flag invites a conversation; it is not a judgement.',
      wholePartnership: 'The partnership as a whole',
      none: 'There are no open flags.',
    },
    narratives: {
      title: 'Evidence and next steps',
      evidence: 'Evidence',
      nextStep: 'Next step',
      priority: 'priority',
      none: 'This report shows no evidence and next steps. Board members see them only when the partnership shares them.',
    },
    review: {
      title: 'Critical friend’s review',
      none: 'There is no review of this quarter yet.',
      notShared:
        'There is a review by {{name}} ({{date}}); the partnership does not share its content with board members.',
    },
    actions: {
      title: 'Action plan',
      none: 'The action plan has no actions.',
      action: 'Action',
    },
  },
};
