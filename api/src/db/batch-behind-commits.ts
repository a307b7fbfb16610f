import DataLoader from 'dataloader';

/**
 * A DataLoader for writes that each wait for their commit to reach the disk. Like `batchPerTurn`, calls
 * are gathered until the event loop has read every socket that was ready; but while `inFlight` batches
 * are still committing, the next batch stays open and keeps gathering until one of them is done. Under
 * load, writes then share one commit (one flush of the write-ahead log) instead of each waiting for a
 * flush of its own, while a lone write on a quiet server goes out at once. Nothing is remembered between
 * batches.
 */
export function batchBehindCommits<K, V>(
  write: (keys: readonly K[]) => Promise<(V | Error)[]>,
  { maxBatchSize, inFlight }: { maxBatchSize: number; inFlight: number },
): DataLoader<K, V> {
  let committing = 0;
  const waiting: (() => void)[] = [];
  const dispatchWhenFree = (dispatch: () => void) => {
    // DataLoader calls `write` synchronously from `dispatch`, so `committing` counts it before the next check.
    if (committing < inFlight) dispatch();
    else waiting.push(dispatch);
  };
  return new DataLoader<K, V>(
    async (keys) => {
      committing++;
      try {
        return await write(keys);
      } finally {
        committing--;
        waiting.shift()?.();
      }
    },
    { cache: false, maxBatchSize, batchScheduleFn: (dispatch) => setImmediate(() => dispatchWhenFree(dispatch)) },
  );
}
