import { formatCalendarDate } from '@koers/shared/calendar';
import type { TFlagKind } from '@koers/shared/flags';
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

/** A notice by email, in the language the person uses Koers in (the in-app notice carries both). */
export function renderNotice(
  locale: TEmailLocale,
  values: { name: string; title: { nl: string; en: string }; link: string },
): TRenderedEmail {
  const t = TEXTS[locale].notice;
  const title = values.title[locale];
  const subject = fill(t.subject, { title });
  const greeting = fill(t.greeting, { name: values.name });
  const text = [greeting, title, `${t.action}:\n${values.link}`, `--\n${t.footer}`].join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1d2433; max-width: 36rem;">',
    htmlParagraph(greeting),
    htmlParagraph(title),
    `<p><a href="${escapeHtml(values.link)}">${escapeHtml(t.action)}</a></p>`,
    `<hr><p style="font-size: 0.85rem; color: #555;">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

type TDigestFlag = { kind: TFlagKind; themeNumber: number | null; partnership: string; raisedOn: string; link: string };
type TDigestAction = { description: string; partnership: string; dueOn: string; link: string };

/**
 * The weekly digest, in the person's language: the flags raised in their partnerships in the past week and
 * the actions due in the coming one, each with its link.
 */
export function renderWeeklyDigest(
  locale: TEmailLocale,
  values: { name: string; flags: readonly TDigestFlag[]; actions: readonly TDigestAction[] },
): TRenderedEmail {
  const t = TEXTS[locale].weeklyDigest;
  const flags = values.flags.map((f) => ({
    line: fill(t.flag, {
      kind: t.flagKinds[f.kind],
      theme: f.themeNumber === null ? '' : fill(t.theme, { number: String(f.themeNumber) }),
      partnership: f.partnership,
      raisedOn: formatCalendarDate(f.raisedOn, locale),
    }),
    link: f.link,
  }));
  const actions = values.actions.map((a) => ({
    line: fill(t.action, {
      description: a.description,
      partnership: a.partnership,
      dueOn: formatCalendarDate(a.dueOn, locale),
    }),
    link: a.link,
  }));
  const sections = [
    { heading: t.flagsHeading, items: flags, none: t.noFlags },
    { heading: t.actionsHeading, items: actions, none: t.noActions },
  ];
  const text = [
    fill(t.greeting, { name: values.name }),
    t.intro,
    ...sections.map(({ heading, items, none }) =>
      [heading, ...(items.length === 0 ? [none] : items.map((i) => `- ${i.line}\n  ${t.open}: ${i.link}`))].join('\n'),
    ),
    t.footer,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(t.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1d2433; max-width: 36rem;">',
    htmlParagraph(fill(t.greeting, { name: values.name })),
    htmlParagraph(t.intro),
    ...sections.map(({ heading, items, none }) =>
      items.length === 0
        ? `<h2 style="font-size: 1.05rem;">${escapeHtml(heading)}</h2>${htmlParagraph(none)}`
        : `<h2 style="font-size: 1.05rem;">${escapeHtml(heading)}</h2><ul>${items
            .map((i) => `<li>${escapeHtml(i.line)} <a href="${escapeHtml(i.link)}">${escapeHtml(t.open)}</a></li>`)
            .join('')}</ul>`,
    ),
    `<p style="font-size: 0.85rem; color: #555;">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: t.subject, text, html };
}
