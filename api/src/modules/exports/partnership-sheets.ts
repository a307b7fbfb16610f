import type { TAssessment } from '@koers/shared/assessments';
import type { TLanguage } from '@koers/shared/calendar-feed';
import type { TFlag } from '@koers/shared/dashboards';
import type { TAction, TFlagDetail, TReview } from '@koers/shared/follow-up';
import type { TTimelineNote } from '@koers/shared/dashboards';
import { columns, type TCell, type TExportSheet } from './export-file.ts';
import {
  ACTION_STATUS_WORDS,
  ASSESSMENT_STATUS_WORDS,
  FLAG_EVENT_WORDS,
  FLAG_KIND_WORDS,
  FLAG_SEVERITY_WORDS,
  FLAG_STATUS_WORDS,
  PERSPECTIVE_WORDS,
  SUPPORT_TYPE_WORDS,
} from './export-words.ts';

/** An indicator's code and wording in the questionnaire version an assessment was filled in with. */
export type TIndicatorLabel = { code: string; text: { nl: string; en: string } };

/** What a sheet builder receives: the partnership's record, each part read as the viewer may read it. */
export type TPartnershipRecord = {
  /** Oldest quarter first. */
  assessments: () => AsyncIterable<TAssessment>;
  indicatorOf: (assessment: TAssessment, indicatorId: string) => Promise<TIndicatorLabel | undefined>;
  flags: () => AsyncIterable<TFlagDetail>;
  reviews: () => AsyncIterable<TReview>;
  actions: () => Promise<TAction[]>;
  timelineNotes: () => Promise<TTimelineNote[]>;
};

const quarter = { key: 'quarter', header: { nl: 'Kwartaal', en: 'Quarter' }, type: 'text', width: 10 } as const;
const theme = { key: 'theme', header: { nl: 'Thema', en: 'Theme' }, type: 'number', width: 7 } as const;
const perspective = {
  key: 'perspective',
  header: { nl: 'Perspectief', en: 'Perspective' },
  type: 'text',
  width: 14,
  words: PERSPECTIVE_WORDS,
} as const;
const respondent = {
  key: 'respondent',
  header: { nl: 'Respondent', en: 'Respondent' },
  type: 'text',
  width: 24,
} as const;
const longText = (key: string, nl: string, en: string) =>
  ({ key, header: { nl, en }, type: 'text', width: 60 }) as const;

async function* each<T, R>(items: AsyncIterable<T>, rows: (item: T) => Promise<R[]> | R[]): AsyncIterable<R> {
  for await (const item of items) yield* await rows(item);
}

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

const flagColumns = [
  { key: 'flagQuarter', header: { nl: 'Kwartaal', en: 'Quarter' }, type: 'text', width: 10 },
  { key: 'flagTheme', header: { nl: 'Thema', en: 'Theme' }, type: 'number', width: 7 },
  { key: 'kind', header: { nl: 'Soort', en: 'Kind' }, type: 'text', width: 24, words: FLAG_KIND_WORDS },
] as const;

const flagCells = (flag: TFlag) => ({ flagQuarter: flag.periodCode, flagTheme: flag.theme, kind: flag.kind });

function flags(record: TPartnershipRecord, language: TLanguage): TExportSheet {
  return {
    key: 'flags',
    title: { nl: 'Signalen', en: 'Flags' },
    columns: columns([
      ...flagColumns,
      {
        key: 'severity',
        header: { nl: 'Urgentie', en: 'Urgency' },
        type: 'text',
        width: 14,
        words: FLAG_SEVERITY_WORDS,
      },
      { key: 'status', header: { nl: 'Status', en: 'Status' }, type: 'text', width: 15, words: FLAG_STATUS_WORDS },
      { key: 'raisedAt', header: { nl: 'Gesignaleerd op', en: 'Raised at' }, type: 'datetime', width: 17 },
      longText('reason', 'Reden', 'Reason'),
      longText('resolution', 'Afronding', 'Resolution'),
    ]),
    rows: each(record.flags(), ({ flag }) => [
      {
        ...flagCells(flag),
        severity: flag.severity,
        status: flag.status,
        raisedAt: flag.raisedAt,
        reason: flag.reason[language],
        resolution: flag.resolution,
      },
    ]),
  };
}

function flagHistory(record: TPartnershipRecord): TExportSheet {
  return {
    key: 'flagHistory',
    title: { nl: 'Verloop signalen', en: 'Flag history' },
    columns: columns([
      ...flagColumns,
      { key: 'event', header: { nl: 'Gebeurtenis', en: 'Event' }, type: 'text', width: 22, words: FLAG_EVENT_WORDS },
      { key: 'at', header: { nl: 'Op', en: 'At' }, type: 'datetime', width: 17 },
      { key: 'by', header: { nl: 'Door', en: 'By' }, type: 'text', width: 24 },
      longText('note', 'Toelichting', 'Note'),
    ]),
    rows: each(record.flags(), ({ flag, history }) =>
      history.map((event) => ({
        ...flagCells(flag),
        event: event.event,
        at: event.at,
        by: event.actor,
        note: event.note,
      })),
    ),
  };
}

function reviews(record: TPartnershipRecord): TExportSheet {
  return {
    key: 'reviews',
    title: { nl: 'Reviews', en: 'Reviews' },
    columns: columns([
      quarter,
      { key: 'author', header: { nl: 'Kritische vriend', en: 'Critical friend' }, type: 'text', width: 24 },
      longText('summary', 'Samenvatting', 'Summary'),
      longText('questionBehind', 'Vraag achter de vraag', 'Question behind the question'),
      longText('themeRemarks', 'Opmerkingen per thema', 'Remarks per theme'),
      longText('response', 'Reactie', 'Response'),
      { key: 'responseBy', header: { nl: 'Reactie van', en: 'Response by' }, type: 'text', width: 24 },
      { key: 'updatedAt', header: { nl: 'Bijgewerkt op', en: 'Updated at' }, type: 'datetime', width: 17 },
    ]),
    rows: each(record.reviews(), (review) => [
      {
        quarter: review.periodCode,
        author: review.author,
        summary: review.summary,
        questionBehind: review.questionBehind,
        themeRemarks: review.themeRemarks.map((r) => `${r.theme}: ${r.remark}`).join('\n') || null,
        response: review.response?.text ?? null,
        responseBy: review.response?.by ?? null,
        updatedAt: review.updatedAt,
      },
    ]),
  };
}

async function* listed<T>(list: () => Promise<T[]>): AsyncIterable<T> {
  yield* await list();
}

function actions(record: TPartnershipRecord): TExportSheet {
  return {
    key: 'actions',
    title: { nl: 'Acties', en: 'Actions' },
    columns: columns([
      theme,
      longText('description', 'Actie', 'Action'),
      { key: 'owner', header: { nl: 'Eigenaar', en: 'Owner' }, type: 'text', width: 24 },
      { key: 'dueOn', header: { nl: 'Uiterlijk', en: 'Due' }, type: 'date', width: 12 },
      {
        key: 'supportType',
        header: { nl: 'Ondersteuning', en: 'Support' },
        type: 'text',
        width: 30,
        words: SUPPORT_TYPE_WORDS,
      },
      { key: 'status', header: { nl: 'Status', en: 'Status' }, type: 'text', width: 12, words: ACTION_STATUS_WORDS },
      { key: 'overdue', header: { nl: 'Over tijd', en: 'Overdue' }, type: 'text', width: 10 },
      { key: 'createdAt', header: { nl: 'Aangemaakt op', en: 'Created at' }, type: 'datetime', width: 17 },
    ]),
    rows: each(listed(record.actions), (action) => [
      {
        theme: action.theme,
        description: action.description,
        owner: action.owner.name,
        dueOn: action.dueOn,
        supportType: action.supportType,
        status: action.status,
        overdue: action.overdue,
        createdAt: action.createdAt,
      },
    ]),
  };
}

function actionNotes(record: TPartnershipRecord): TExportSheet {
  return {
    key: 'actionNotes',
    title: { nl: 'Voortgang acties', en: 'Action progress' },
    columns: columns([
      longText('action', 'Actie', 'Action'),
      { key: 'author', header: { nl: 'Door', en: 'By' }, type: 'text', width: 24 },
      longText('text', 'Voortgang', 'Progress'),
      {
        key: 'statusChange',
        header: { nl: 'Nieuwe status', en: 'New status' },
        type: 'text',
        width: 13,
        words: ACTION_STATUS_WORDS,
      },
      { key: 'createdAt', header: { nl: 'Op', en: 'At' }, type: 'datetime', width: 17 },
    ]),
    rows: each(listed(record.actions), (action) =>
      action.notes.map((note) => ({
        action: action.description,
        author: note.author,
        text: note.text,
        statusChange: note.statusChange,
        createdAt: note.createdAt,
      })),
    ),
  };
}

function timelineNotes(record: TPartnershipRecord): TExportSheet {
  return {
    key: 'timelineNotes',
    title: { nl: 'Tijdlijn', en: 'Timeline' },
    columns: columns([
      { key: 'notedOn', header: { nl: 'Datum', en: 'Date' }, type: 'date', width: 12 },
      longText('text', 'Notitie', 'Note'),
      { key: 'author', header: { nl: 'Door', en: 'By' }, type: 'text', width: 24 },
    ]),
    rows: each(listed(record.timelineNotes), (note) => [
      { notedOn: note.notedOn, text: note.text, author: note.author },
    ]),
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
