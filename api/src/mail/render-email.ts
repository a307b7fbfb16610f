import { en } from './texts/en.ts';
import { nl } from './texts/nl.ts';

export type TEmailLocale = 'nl' | 'en';

const TEXTS = { nl, en };

type TRenderedEmail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** One paragraph of the HTML part: the text's line breaks kept. */
const htmlParagraph = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;

type TLetterTexts = {
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  action: string;
  due: string;
  closing: string;
  footer: string;
  optOut?: string;
};

/** A letter with one action: a plain-text part and an HTML part with the same words, and an opt-out link if given. */
function renderLetter(
  locale: TEmailLocale,
  t: TLetterTexts,
  values: Record<string, string> & { link: string; optOutLink?: string },
): TRenderedEmail {
  const f = (template: string) => fill(template, values);
  const optOut = t.optOut && values.optOutLink ? { label: t.optOut, link: values.optOutLink } : null;
  const text = [
    f(t.greeting),
    ...t.paragraphs.map(f),
    `${t.action}:\n${values.link}`,
    f(t.due),
    f(t.closing),
    `--\n${f(t.footer)}${optOut ? `\n${optOut.label}: ${optOut.link}` : ''}`,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(f(t.subject))}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1d2433; max-width: 36rem;">',
    htmlParagraph(f(t.greeting)),
    ...t.paragraphs.map((p) => htmlParagraph(f(p))),
    `<p><a href="${escapeHtml(values.link)}" style="display: inline-block; padding: 0.6rem 1rem; background: #1f4e79; color: #ffffff; border-radius: 6px; text-decoration: none;">${escapeHtml(t.action)}</a></p>`,
    htmlParagraph(f(t.due)),
    htmlParagraph(f(t.closing)),
    `<hr><p style="font-size: 0.85rem; color: #555;">${escapeHtml(f(t.footer))}</p>`,
    ...(optOut
      ? [`<p style="font-size: 0.85rem;"><a href="${escapeHtml(optOut.link)}">${escapeHtml(optOut.label)}</a></p>`]
      : []),
    '</body></html>',
  ].join('\n');
  return { subject: f(t.subject), text, html };
}

type TRespondentValues = {
  name: string;
  partnership: string;
  period: string;
  dueOn: string;
  link: string;
  /** Where the respondent switches reminders off. */
  optOutLink?: string;
};

/** An invitation to fill in a quarter's self-assessment through a personal link, in the respondent's language. */
export function renderRespondentInvitation(locale: TEmailLocale, values: TRespondentValues): TRenderedEmail {
  return renderLetter(locale, TEXTS[locale].respondentInvitation, values);
}

/** A reminder to a respondent who has not submitted, with a fresh personal link. */
export function renderRespondentReminder(locale: TEmailLocale, values: TRespondentValues): TRenderedEmail {
  return renderLetter(locale, TEXTS[locale].respondentReminder, values);
}

/** To a programme manager: perspectives of an assessment nobody submitted for yet. */
export function renderOpenPerspectivesReminder(
  locale: TEmailLocale,
  values: { name: string; partnership: string; period: string; dueOn: string; link: string },
  perspectives: readonly ('institute' | 'school_board' | 'school')[],
): TRenderedEmail {
  const t = TEXTS[locale].openPerspectivesReminder;
  return renderLetter(locale, t, { ...values, perspectives: perspectives.map((p) => t.perspectives[p]).join(', ') });
}

/**
 * A notice by email. Koers keeps no language per person, so the message is in Dutch with the English
 * title and link text below it, as the in-app notice carries both.
 */
export function renderNotice(values: {
  name: string;
  title: { nl: string; en: string };
  link: string;
}): TRenderedEmail {
  const t = TEXTS.nl.notice;
  const e = TEXTS.en.notice;
  const subject = fill(t.subject, { title: values.title.nl });
  const text = [
    fill(t.greeting, { name: values.name }),
    values.title.nl,
    `${t.action}:\n${values.link}`,
    `--\n${values.title.en}\n${e.action}: ${values.link}`,
    t.footer,
  ].join('\n\n');
  const link = (label: string) => `<p><a href="${escapeHtml(values.link)}">${escapeHtml(label)}</a></p>`;
  const html = [
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1d2433; max-width: 36rem;">',
    htmlParagraph(fill(t.greeting, { name: values.name })),
    htmlParagraph(values.title.nl),
    link(t.action),
    `<hr><div lang="en">${htmlParagraph(values.title.en)}${link(e.action)}</div>`,
    `<p style="font-size: 0.85rem; color: #555;">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
