import type { exportsNl } from '../nl/exports.ts';

/** Downloads of whole lists and records as files, made by the server, in English. */
export const exportsEn: typeof exportsNl = {
  exports: {
    label: 'Download',
    xlsx: 'Excel (xlsx)',
    csv: 'CSV',
    json: 'JSON',
    partnership: {
      title: 'Download everything',
      intro:
        'Everything of this partnership you may read, per quarter: scores, answers, evidence and next steps, flags with their history, reviews, actions and timeline notes. Excel has a sheet per kind; JSON is for other software.',
    },
    audit: {
      title: 'Download the audit log',
      from: 'From',
      to: 'To',
      range: 'Choose a period of at most a year, with the end date not before the start date.',
    },
  },
};
