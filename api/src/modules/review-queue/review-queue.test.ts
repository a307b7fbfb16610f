import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewQueuePage, wholeReviewQueue } from '../../../test/follow-up-client.ts';
import { signedIn, type TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { seedDemoData } from '../../demo/seed-demo.ts';
import { DEMO_PASSWORD } from '../../demo/demo-people.ts';

describe('the critical friend’s review queue', () => {
  let app: FastifyInstance;
  let friend: TestClient;
  let pm: TestClient;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedDemoData(app.db);
    friend = await signedIn(app, 'friend@demo.koers.nl', DEMO_PASSWORD);
    pm = await signedIn(app, 'pm@demo.koers.nl', DEMO_PASSWORD);
  });
  afterAll(() => app.close());

  it('queues the open flags of the friend’s own partnerships, most severe and oldest first', async () => {
    const items = await wholeReviewQueue(friend);
    const names = new Set(items.map((i) => i.partnership.name));
    expect(names).toContain('Partnerschap Twente Leert');
    expect(names).not.toContain('Samen Opleiden Zeeland');
    const severities = items.map((i) => i.flag.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'high' ? -1 : 1)));
    expect(items.every((i) => i.newSinceLastReview)).toBe(true);
    const pmQueue = await pm.inject({ method: 'GET', url: '/api/review-queue' });
    expect(pmQueue.statusCode).toBe(403);
  });

  it('hands the queue out in pages that together hold every open flag once, in the same order', async () => {
    const whole = await wholeReviewQueue(friend);
    expect(whole.length).toBeGreaterThan(5);
    const pages = [];
    for (let page = 1; page <= Math.ceil(whole.length / 4); page++) {
      const { items, total } = await reviewQueuePage(friend, `?page=${page}&pageSize=4`);
      expect(total).toBe(whole.length);
      expect(items.length).toBeLessThanOrEqual(4);
      pages.push(...items);
    }
    expect(pages.map((i) => i.flag.id)).toEqual(whole.map((i) => i.flag.id));
    expect(await reviewQueuePage(friend, `?page=${Math.ceil(whole.length / 4) + 1}&pageSize=4`)).toEqual({
      items: [],
      total: whole.length,
    });
    expect((await reviewQueuePage(friend)).items).toEqual(whole.slice(0, 25));
    const tooLarge = await friend.inject({ method: 'GET', url: '/api/review-queue?pageSize=101' });
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json()).toMatchObject({ details: [{ path: 'querystring.pageSize' }] });
  });
});
