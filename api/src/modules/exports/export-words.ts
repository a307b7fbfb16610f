import type { TLanguage } from '@koers/shared/language';
import type { TCell } from './export-file.ts';

/**
 * The words a spreadsheet shows for the codes the data holds, as the web app says them: a board member
 * reads "Zwak thema", not `weak`. JSON keeps the codes, for software.
 */
export type TWords = Readonly<Record<string, Record<TLanguage, string>>>;

export const SECTOR_WORDS: TWords = {
  po: { nl: 'Primair onderwijs (po)', en: 'Primary education (po)' },
  vo: { nl: 'Voortgezet onderwijs (vo)', en: 'Secondary education (vo)' },
  mbo: { nl: 'Middelbaar beroepsonderwijs (mbo)', en: 'Vocational education (mbo)' },
};

export const SCENARIO_WORDS: TWords = {
  A: { nl: 'Scenario A · Werkplekleren', en: 'Scenario A · Workplace learning' },
  B: { nl: 'Scenario B · Tussenvorm', en: 'Scenario B · Intermediate' },
  C: { nl: 'Scenario C · Samen leren', en: 'Scenario C · Learning together' },
};

export const PERSPECTIVE_WORDS: TWords = {
  coordination: { nl: 'Coördinatie', en: 'Coordination' },
  institute: { nl: 'Opleiding', en: 'Institute' },
  school_board: { nl: 'Schoolbestuur', en: 'School board' },
  school: { nl: 'School', en: 'School' },
};

export const ASSESSMENT_STATUS_WORDS: TWords = {
  draft: { nl: 'Concept', en: 'Draft' },
  submitted: { nl: 'Ingediend', en: 'Submitted' },
};

export const FLAG_KIND_WORDS: TWords = {
  weak: { nl: 'Zwak thema', en: 'Weak theme' },
  declining: { nl: 'Dalend', en: 'Declining' },
  foundation_gap: { nl: 'Draagt het fundament thema 5?', en: 'Does the foundation carry theme 5?' },
  divergence: { nl: 'Geen gedeeld noorden', en: 'No shared north' },
  low_coverage: { nl: 'Veel “weet niet”', en: 'Many “don’t know”' },
  overdue: { nl: 'Niet ingediend', en: 'Not submitted' },
};

export const FLAG_SEVERITY_WORDS: TWords = {
  high: { nl: 'Nu bespreken', en: 'Discuss now' },
  attention: { nl: 'Aandacht', en: 'Attention' },
};

export const FLAG_STATUS_WORDS: TWords = {
  open: { nl: 'Open', en: 'Open' },
  acknowledged: { nl: 'In gesprek', en: 'In conversation' },
  closed: { nl: 'Afgerond', en: 'Closed' },
};

export const FLAG_EVENT_WORDS: TWords = {
  raised: { nl: 'Gesignaleerd', en: 'Raised' },
  acknowledged: { nl: 'In gesprek genomen', en: 'Taken into conversation' },
  action_linked: { nl: 'Actie gekoppeld', en: 'Action linked' },
  closed: { nl: 'Afgerond', en: 'Closed' },
};

export const ACTION_STATUS_WORDS: TWords = {
  open: { nl: 'Open', en: 'Open' },
  in_progress: { nl: 'Bezig', en: 'In progress' },
  done: { nl: 'Klaar', en: 'Done' },
  dropped: { nl: 'Vervallen', en: 'Dropped' },
};

export const SUPPORT_TYPE_WORDS: TWords = {
  expert_conversation: { nl: 'Gesprek met een expert', en: 'Conversation with an expert' },
  peer_review: { nl: 'Peer review met een ander partnerschap', en: 'Peer review with another partnership' },
  masterclass: { nl: 'Masterclass', en: 'Masterclass' },
  intervision: { nl: 'Intervisie', en: 'Peer consultation (intervision)' },
  good_approach: { nl: 'Voorbeeld van een goede aanpak', en: 'Example of a good approach' },
  other: { nl: 'Anders', en: 'Other' },
};

/** A code in words, when the column has words for it. */
export function inWords(value: TCell, words: TWords | undefined, language: TLanguage): TCell {
  return words && typeof value === 'string' ? (words[value]?.[language] ?? value) : value;
}
