import { expect } from 'vitest';
import { ZReviewQueue, type TQueueItem } from '@koers/shared/follow-up';
import type { TestClient } from './session.ts';

/** One page of the review queue, as the signed-in client sees it. */
export async function reviewQueuePage(client: TestClient, query = '') {
  const res = await client.inject({ method: 'GET', url: `/api/review-queue${query}` });
  expect(res.statusCode).toBe(200);
  return ZReviewQueue.parse(res.json());
}

/** The whole queue: the demo friend's fits on one page of the largest size. */
export async function wholeReviewQueue(client: TestClient): Promise<TQueueItem[]> {
  const { items, total } = await reviewQueuePage(client, '?pageSize=100');
  expect(items).toHaveLength(total);
  return items;
}

export async function inbox(client: TestClient) {
  return (await client.inject({ method: 'GET', url: '/api/inbox' })).json() as {
    items: { kind: string; title: { nl: string; en: string } }[];
    unread: number;
  };
}
