import type { Options } from 'dataloader';

/**
 * DataLoader options for the statements that requests arriving together share: calls are gathered until
 * the event loop has read every socket that was ready (setImmediate), then sent as one query of at most
 * `maxBatchSize`. Nothing is remembered between turns, so each request still sees the database as it is
 * when its call goes out, or newer.
 */
export function batchPerTurn<K, V>(maxBatchSize: number): Options<K, V> {
  return { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch), maxBatchSize };
}
