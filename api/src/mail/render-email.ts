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

/**
 * An invitation to fill in a quarter's self-assessment through a personal link, in the respondent's
 * language: a plain-text part and an HTML part with the same words (texts/nl.ts, texts/en.ts).
 */
export function renderRespondentInvitation(
  locale: TEmailLocale,
  values: { name: string; partnership: string; period: string; dueOn: string; link: string },
): TRenderedEmail {
  const t = TEXTS[locale].respondentInvitation;
  const f = (template: string) => fill(template, values);
  const text = [
    f(t.greeting),
    ...t.paragraphs.map(f),
    `${t.action}:\n${values.link}`,
    f(t.due),
    f(t.closing),
    `--\n${f(t.footer)}`,
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
    '</body></html>',
  ].join('\n');
  return { subject: f(t.subject), text, html };
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
