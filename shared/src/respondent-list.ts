import { ZEmail } from './auth.ts';
import { INVITABLE_PERSPECTIVES, type TEmailLocaleValue, type TInvitablePerspective } from './invitations.ts';

type TMember = { id: string; name: string; kind: string };

/** Words a pasted line may use for a perspective, Dutch and English. */
const PERSPECTIVE_WORDS: Record<string, TInvitablePerspective> = {
  institute: 'institute',
  instituut: 'institute',
  opleiding: 'institute',
  lerarenopleiding: 'institute',
  school_board: 'school_board',
  'school board': 'school_board',
  board: 'school_board',
  bestuur: 'school_board',
  schoolbestuur: 'school_board',
  school: 'school',
  scholen: 'school',
};

export type TListProblem = 'email' | 'duplicate' | 'invited' | 'name' | 'perspective' | 'organisation';

export type TParsedLine =
  | {
      line: number;
      text: string;
      invitation: {
        name: string;
        email: string;
        perspective: TInvitablePerspective;
        organisationId: string;
        locale: TEmailLocaleValue;
      };
    }
  | { line: number; text: string; problem: TListProblem };

type TDefaults = {
  perspective: TInvitablePerspective | '';
  organisationId: string;
  locale: TEmailLocaleValue;
  /** Addresses with an open invitation already: inviting them again is refused. */
  invited?: readonly string[];
};

/** The member organisation a line names, or the one the form chose, or the only one of that perspective. */
function organisationFor(
  members: readonly TMember[],
  perspective: TInvitablePerspective,
  named: string,
  fallback: string,
) {
  const ofKind = members.filter((m) => m.kind === perspective);
  if (named) return ofKind.find((m) => m.name.toLowerCase() === named.toLowerCase())?.id;
  if (ofKind.some((m) => m.id === fallback)) return fallback;
  return ofKind.length === 1 ? ofKind[0]?.id : undefined;
}

/**
 * A pasted list of respondents, one a line, read forgivingly: `Naam <email>`, `email`, or fields separated
 * by `;`, a tab or `,` (`naam;email;perspectief;organisatie`, the last two optional, in any order the
 * email allows). Blank lines are skipped; every other line yields an invitation or the reason it cannot
 * (an address twice in the list, or one invited already, among them).
 */
export function parseRespondentList(text: string, members: readonly TMember[], defaults: TDefaults): TParsedLine[] {
  const parsed: TParsedLine[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const angled = /^(.*?)<([^>]+)>\s*[;,\t]?\s*(.*)$/.exec(trimmed);
    const fields = angled
      ? [angled[1] ?? '', angled[2] ?? '', ...(angled[3] ?? '').split(/[;\t,]/)]
      : trimmed.split(/[;\t,]/);
    const cleaned = fields.map((f) => f.trim().replace(/^"|"$/g, ''));
    const emailAt = cleaned.findIndex((f) => f.includes('@'));
    const email = ZEmail.safeParse(emailAt >= 0 ? cleaned[emailAt] : '');
    if (!email.success) return parsed.push({ line, text: trimmed, problem: 'email' });
    if (defaults.invited?.includes(email.data)) return parsed.push({ line, text: trimmed, problem: 'invited' });
    if (seen.has(email.data)) return parsed.push({ line, text: trimmed, problem: 'duplicate' });
    seen.add(email.data);
    const rest = cleaned.filter((_, i) => i !== emailAt);
    const name = (rest.shift() ?? '').trim() || email.data.split('@')[0] || '';
    if (name.length < 2) return parsed.push({ line, text: trimmed, problem: 'name' });
    const perspectiveWord = (rest.shift() ?? '').toLowerCase();
    const perspective = perspectiveWord ? PERSPECTIVE_WORDS[perspectiveWord] : defaults.perspective || undefined;
    if (!perspective || !INVITABLE_PERSPECTIVES.includes(perspective))
      return parsed.push({ line, text: trimmed, problem: 'perspective' });
    const organisationId = organisationFor(members, perspective, rest.shift() ?? '', defaults.organisationId);
    if (!organisationId) return parsed.push({ line, text: trimmed, problem: 'organisation' });
    return parsed.push({
      line,
      text: trimmed,
      invitation: { name, email: email.data, perspective, organisationId, locale: defaults.locale },
    });
  });
  return parsed;
}
