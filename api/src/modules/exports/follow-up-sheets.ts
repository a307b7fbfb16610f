import type { TLanguage } from '@koers/shared/language';
import type { TFlag } from '@koers/shared/dashboards';
import { columns, type TExportSheet } from './export-file.ts';
import {
  ACTION_STATUS_WORDS,
  FLAG_EVENT_WORDS,
  FLAG_KIND_WORDS,
  FLAG_SEVERITY_WORDS,
  FLAG_STATUS_WORDS,
  SUPPORT_TYPE_WORDS,
} from './export-words.ts';
import { each, listed, longText, quarter, theme, type TPartnershipRecord } from './partnership-record.ts';

const flagColumns = [
  { key: 'flagQuarter', header: { nl: 'Kwartaal', en: 'Quarter' }, type: 'text', width: 10 },
  { key: 'flagTheme', header: { nl: 'Thema', en: 'Theme' }, type: 'number', width: 7 },
  { key: 'kind', header: { nl: 'Soort', en: 'Kind' }, type: 'text', width: 24, words: FLAG_KIND_WORDS },
] as const;

const flagCells = (flag: TFlag) => ({ flagQuarter: flag.periodCode, flagTheme: flag.theme, kind: flag.kind });

export function flags(record: TPartnershipRecord, language: TLanguage): TExportSheet {
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

export function flagHistory(record: TPartnershipRecord): TExportSheet {
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

export function reviews(record: TPartnershipRecord): TExportSheet {
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

export function actions(record: TPartnershipRecord): TExportSheet {
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

export function actionNotes(record: TPartnershipRecord): TExportSheet {
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

export function timelineNotes(record: TPartnershipRecord): TExportSheet {
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
