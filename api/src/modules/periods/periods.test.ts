import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZPeriod } from '@koers/shared/periods';
import { createPerson } from '../../../test/fixtures.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';

describe('a period’s reminder moments', () => {
  let app: FastifyInstance;
  let admin: TestClient;

  beforeAll(async () => {
    app = await buildTestApp();
    admin = await signedIn(app, (await createPerson(app.db, [{ role: 'admin' }])).email);
  });
  afterAll(async () => {
    await app.close();
  });

  it('are 7 and 2 days before the due date by default, and an admin sets them per period', async () => {
    const created = await admin.inject({
      method: 'POST',
      url: '/api/periods',
      payload: { code: '2198-Q1', opensOn: '2198-01-01', dueOn: '2198-04-21' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const period = ZPeriod.parse(created.json());
    expect(period.reminderDays).toEqual([7, 2]);

    const changed = await admin.inject({
      method: 'PATCH',
      url: `/api/periods/${period.id}`,
      payload: { reminderDays: [3, 14, 3] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(ZPeriod.parse(changed.json()).reminderDays).toEqual([14, 3]);

    const none = await admin.inject({
      method: 'PATCH',
      url: `/api/periods/${period.id}`,
      payload: { reminderDays: [] },
    });
    expect(ZPeriod.parse(none.json()).reminderDays).toEqual([]);

    const tooEarly = await admin.inject({
      method: 'PATCH',
      url: `/api/periods/${period.id}`,
      payload: { reminderDays: [90] },
    });
    expect(tooEarly.statusCode).toBe(400);
  });
});
