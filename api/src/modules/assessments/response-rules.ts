import type { TPerspective, TResponseContent } from '@koers/shared/assessments';
import type { TInstrumentShape } from '@koers/shared/scoring';
import type { TExecutor } from '../../db/types.ts';
import { InvalidInputError } from '../../errors.ts';
import { findMemberKind } from './assessments.repository.ts';

/** Every answered indicator must belong to the questionnaire version the assessment is pinned to. */
export function checkIndicators(shape: TInstrumentShape, content: TResponseContent) {
  const known = new Set(shape.themes.flatMap((t) => t.indicatorIds));
  const unknown = Object.keys(content.answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      'Some answers are for indicators that are not in this questionnaire',
      unknown.map((id) => ({ path: `body.answers.${id}`, message: 'Not an indicator of this questionnaire version' })),
    );
  }
  const themes = content.notes.map((n) => n.theme);
  if (new Set(themes).size !== themes.length) {
    throw new InvalidInputError('One note per theme', [{ path: 'body.notes', message: 'A theme appears twice' }]);
  }
}

/**
 * A response counts under a perspective for one organisation: it must be a member of the partnership and
 * of that kind (the coordination perspective speaks for any member), or it would colour another
 * partnership's organisation, or the wrong perspective, with this partnership's scores.
 */
export async function checkMemberOrganisation(
  db: TExecutor,
  partnershipId: string,
  perspective: TPerspective,
  organisationId: string | null,
  { message }: { message: string },
) {
  const kind = organisationId ? await findMemberKind(db, partnershipId, organisationId) : undefined;
  if (!kind || (perspective !== 'coordination' && kind !== perspective)) {
    throw new InvalidInputError(message, [
      { path: 'body.organisationId', message: 'Choose a member organisation of this kind' },
    ]);
  }
}
