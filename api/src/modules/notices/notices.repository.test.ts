import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../test/fixtures.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { insertNotices } from './notices.repository.ts';

describe('writing notices', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('leaves out who switched the kind off both in the app and by email, and reaches each person once', async () => {
    const [silent, emailOnly, everything] = await Promise.all([
      createPerson(app.db, []),
      createPerson(app.db, []),
      createPerson(app.db, []),
    ]);
    await app.db
      .insertInto('notice_preference')
      .values([
        { person_id: silent.id, kind: 'flag_new', in_app: false, email: false },
        { person_id: emailOnly.id, kind: 'flag_new', in_app: false, email: true },
        // Another kind switched off changes nothing for this one.
        { person_id: everything.id, kind: 'action_due_soon', in_app: false, email: false },
      ])
      .execute();
    const notice = {
      kind: 'flag_new' as const,
      partnershipId: null,
      subjectKey: 'flags:test',
      title: { nl: 'Nieuw signaal', en: 'New flag' },
      link: '/review-queue',
    };
    const people = [silent.id, emailOnly.id, everything.id];
    await insertNotices(app.db, people, notice);
    await insertNotices(app.db, people, notice);

    const written = await app.db
      .selectFrom('notice')
      .select(['person_id', 'kind', 'subject_key', 'title_nl', 'title_en', 'link', 'partnership_id'])
      .where('person_id', 'in', people)
      .execute();
    expect(written.map((n) => n.person_id).sort()).toEqual([emailOnly.id, everything.id].sort());
    expect(written[0]).toMatchObject({
      kind: 'flag_new',
      subject_key: 'flags:test',
      title_nl: 'Nieuw signaal',
      title_en: 'New flag',
      link: '/review-queue',
      partnership_id: null,
    });
  });
});
