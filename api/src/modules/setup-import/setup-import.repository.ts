import type { TExecutor } from '../../db/types.ts';
import type { TExisting } from './plan-setup.ts';

/** What a set-up spreadsheet may refer to or collide with: every organisation, partnership and address. */
export async function findExisting(db: TExecutor): Promise<TExisting> {
  const [organisations, partnerships, people] = await Promise.all([
    db.selectFrom('organisation').select(['id', 'name', 'kind']).execute(),
    db.selectFrom('partnership').select(['id', 'name']).execute(),
    db
      .selectFrom('person')
      .select((eb) => eb.fn<string>('lower', ['email']).as('email'))
      .where('email', 'is not', null)
      .execute(),
  ]);
  return { organisations, partnerships, emails: new Set(people.map((p) => p.email)) };
}
