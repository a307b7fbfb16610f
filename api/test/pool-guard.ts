import { AsyncLocalStorage } from 'node:async_hooks';
import { TransactionBuilder } from 'kysely';
import type { Pool, PoolClient } from 'pg';

// A request that asks the pool for a second connection while its transaction holds one waits for itself
// once every connection is held the same way (one-connection.test.ts tells the story). Under test it is
// refused at once instead, naming itself, whichever path does it and however warm the caches are.

export const POOL_IN_TRANSACTION = 'a pooled connection was asked for inside a transaction';

const inTransaction = new AsyncLocalStorage<true>();
let transactionsMarked = false;

/** Code that a Kysely transaction's callback runs, and all it starts, runs marked. */
function markTransactions(): void {
  if (transactionsMarked) return;
  transactionsMarked = true;
  const prototype = TransactionBuilder.prototype as unknown as {
    execute: (callback: (trx: unknown) => Promise<unknown>) => Promise<unknown>;
  };
  const execute = prototype.execute;
  prototype.execute = function (this: unknown, callback) {
    return execute.call(this, (trx) => inTransaction.run(true, () => callback(trx)));
  };
}

type TConnectCallback = (error: Error | undefined, client: PoolClient | undefined, done: () => void) => void;

/** Makes `pool` refuse a connection to code that runs inside a transaction. */
export function refusePoolInTransactions(pool: Pool): void {
  markTransactions();
  const connect = pool.connect.bind(pool) as (callback?: TConnectCallback) => Promise<PoolClient> | undefined;
  const guarded = (callback?: TConnectCallback) => {
    if (!inTransaction.getStore()) return connect(callback);
    const error = new Error(POOL_IN_TRANSACTION);
    if (!callback) return Promise.reject(error);
    process.nextTick(() => callback(error, undefined, () => {}));
    return undefined;
  };
  pool.connect = guarded as Pool['connect'];
}
