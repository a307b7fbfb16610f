import { formatCalendarDate } from '@koers/shared/calendar';
import type { TLanguage } from '@koers/shared/language';

// The feed's words, in each language a person can choose for it. Calendar apps show only text, so each
// event says in full what is due or planned, and where in Koers to find it.

type TQuarter = { partnershipName: string; periodCode: string; dueOn: string; submitted: boolean };
type TAction = { partnershipName: string; description: string; dueOn: string };
type TSession = { roundTitle: string; groupNumber: number; place: string };

export const CALENDAR_TEXTS: Record<
  TLanguage,
  {
    calendarName: string;
    calendarDescription: string;
    quarterSummary: (q: TQuarter) => string;
    quarterDescription: (q: TQuarter) => string;
    actionSummary: (a: TAction) => string;
    actionDescription: (a: TAction) => string;
    sessionSummary: (s: TSession) => string;
    sessionDescription: (s: TSession) => string;
    openInKoers: string;
  }
> = {
  nl: {
    calendarName: 'Koers: deadlines',
    calendarDescription: 'Inleverdata van de zelfevaluaties en deadlines van acties in je partnerschappen.',
    quarterSummary: (q) => `Zelfevaluatie ${q.partnershipName} ${q.periodCode} — deadline`,
    quarterDescription: (q) =>
      `De zelfevaluatie ${q.periodCode} van ${q.partnershipName} moet vóór ${formatCalendarDate(q.dueOn, 'nl')} worden ingediend.` +
      (q.submitted ? ' Ze is ingediend.' : ''),
    actionSummary: (a) => `Actie ${a.partnershipName}: ${a.description} — deadline`,
    actionDescription: (a) =>
      `Een actie van ${a.partnershipName}, af op ${formatCalendarDate(a.dueOn, 'nl')}: ${a.description}`,
    sessionSummary: (s) => `Intervisie: ${s.roundTitle} (groep ${s.groupNumber})`,
    sessionDescription: (s) =>
      `Een bijeenkomst van intervisiegroep ${s.groupNumber} van "${s.roundTitle}".` +
      (s.place ? ` Waar: ${s.place}` : ''),
    openInKoers: 'Openen in Koers',
  },
  en: {
    calendarName: 'Koers: deadlines',
    calendarDescription: 'Self-assessment due dates and action deadlines in your partnerships.',
    quarterSummary: (q) => `Self-assessment ${q.partnershipName} ${q.periodCode} — deadline`,
    quarterDescription: (q) =>
      `The ${q.periodCode} self-assessment of ${q.partnershipName} is due on ${formatCalendarDate(q.dueOn, 'en')}.` +
      (q.submitted ? ' It has been submitted.' : ''),
    actionSummary: (a) => `Action ${a.partnershipName}: ${a.description} — due`,
    actionDescription: (a) =>
      `An action of ${a.partnershipName}, due on ${formatCalendarDate(a.dueOn, 'en')}: ${a.description}`,
    sessionSummary: (s) => `Peer consultation: ${s.roundTitle} (group ${s.groupNumber})`,
    sessionDescription: (s) =>
      `A session of peer consultation group ${s.groupNumber} of "${s.roundTitle}".` +
      (s.place ? ` Where: ${s.place}` : ''),
    openInKoers: 'Open in Koers',
  },
};
