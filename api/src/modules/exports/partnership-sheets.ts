import type { TLanguage } from '@koers/shared/language';
import { columns, type TCell, type TExportSheet } from './export-file.ts';
import { ASSESSMENT_STATUS_WORDS } from './export-words.ts';
import { actionNotes, actions, flagHistory, flags, reviews, timelineNotes } from './follow-up-sheets.ts';
import {
  each,
  longText,
  perspective,
  quarter,
  respondent,
  theme,
  type TPartnershipRecord,
} from './partnership-record.ts';

function scores(record: TPartnershipRecord): TExportSheet {
  return {
    key: 'themeScores',
    title: { nl: 'Themascores', en: 'Theme scores' },
    columns: columns([
      quarter,
      {
        key: 'status',
        header: { nl: 'Status', en: 'Status' },
        type: 'text',
        width: 10,
        words: ASSESSMENT_STATUS_WORDS,
      },
      theme,
      { key: 'score', header: { nl: 'Score', en: 'Score' }, type: 'score', width: 8 },
      { key: 'coverage', header: { nl: 'Dekking', en: 'Coverage' }, type: 'score', width: 10 },
      { key: 'coordination', header: { nl: 'Coördinatie', en: 'Coordination' }, type: 'score', width: 12 },
      { key: 'institute', header: { nl: 'Opleiding', en: 'Institute' }, type: 'score', width: 12 },
      { key: 'school_board', header: { nl: 'Schoolbestuur', en: 'School board' }, type: 'score', width: 14 },
      { key: 'school', header: { nl: 'School', en: 'School' }, type: 'score', width: 10 },
      {
        key: 'spread',
        header: { nl: 'Spreiding perspectieven', en: 'Spread of perspectives' },
        type: 'score',
        width: 14,
      },
    ]),
    rows: each(record.assessments(), (a) =>
      a.results.map((r) => ({
        quarter: a.periodCode,
        status: a.status,
        theme: r.theme,
        score: r.score,
        coverage: r.coverage,
        coordination: r.perspectives.coordination ?? null,
        institute: r.perspectives.institute ?? null,
        school_board: r.perspectives.school_board ?? null,
        school: r.perspectives.school ?? null,
        spread: r.perspectiveSpread,
      })),
    ),
  };
}

function answers(record: TPartnershipRecord, language: TLanguage): TExportSheet {
  return {
    key: 'answers',
    title: { nl: 'Antwoorden', en: 'Answers' },
    columns: columns([
      quarter,
      perspective,
      respondent,
      { key: 'indicator', header: { nl: 'Indicator', en: 'Indicator' }, type: 'text', width: 9 },
      longText('statement', 'Uitspraak', 'Statement'),
      { key: 'score', header: { nl: 'Score', en: 'Score' }, type: 'number', width: 7 },
      { key: 'dontKnow', header: { nl: 'Weet niet', en: 'Don’t know' }, type: 'text', width: 10 },
    ]),
    rows: each(record.assessments(), async (a) => {
      const rows: Record<string, TCell>[] = [];
      for (const response of a.responses) {
        for (const [indicatorId, answer] of Object.entries(response.answers)) {
          const indicator = await record.indicatorOf(a, indicatorId);
          rows.push({
            quarter: a.periodCode,
            perspective: response.perspective,
            respondent: response.respondentName,
            indicator: indicator?.code ?? indicatorId,
            statement: indicator?.text[language] ?? null,
            score: answer === 'dont_know' ? null : answer,
            dontKnow: answer === 'dont_know',
          });
        }
      }
      return rows.sort((x, y) => String(x.indicator).localeCompare(String(y.indicator), 'en', { numeric: true }));
    }),
  };
}

function notes(record: TPartnershipRecord): TExportSheet {
  return {
    key: 'notes',
    title: { nl: 'Onderbouwing en volgende stap', en: 'Evidence and next steps' },
    columns: columns([
      quarter,
      perspective,
      respondent,
      theme,
      { key: 'priority', header: { nl: 'Prioriteit', en: 'Priority' }, type: 'text', width: 10 },
      longText('evidence', 'Onderbouwing', 'Evidence'),
      longText('nextStep', 'Volgende stap', 'Next step'),
    ]),
    rows: each(record.assessments(), (a) =>
      a.responses.flatMap((response) =>
        response.notes.map((note) => ({
          quarter: a.periodCode,
          perspective: response.perspective,
          respondent: response.respondentName,
          theme: note.theme,
          priority: note.priority,
          evidence: note.evidence,
          nextStep: note.nextStep,
        })),
      ),
    ),
  };
}

/** A sheet per kind of record, each holding what the viewer may read of that kind. */
export function partnershipSheets(record: TPartnershipRecord, language: TLanguage): TExportSheet[] {
  return [
    scores(record),
    answers(record, language),
    notes(record),
    flags(record, language),
    flagHistory(record),
    reviews(record),
    actions(record),
    actionNotes(record),
    timelineNotes(record),
  ];
}
