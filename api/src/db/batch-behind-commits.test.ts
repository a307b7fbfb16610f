import { describe, expect, it } from 'vitest';
import { batchBehindCommits } from './batch-behind-commits.ts';

/** A write whose commits finish only when the test says so, recording the batches it was given. */
function controlledWrite() {
  const batches: number[][] = [];
  const commits: (() => void)[] = [];
  let onBatch: (() => void) | undefined;
  const write = (keys: readonly number[]) => {
    batches.push([...keys]);
    onBatch?.();
    return new Promise<number[]>((resolve) => commits.push(() => resolve(keys.map((k) => k * 10))));
  };
  /** Resolves once the write has been given `count` batches in all. */
  const batchesReach = (count: number) =>
    new Promise<void>((resolve) => {
      onBatch = () => {
        if (batches.length >= count) resolve();
      };
      onBatch();
    });
  return { write, batches, commits, batchesReach };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('batchBehindCommits', () => {
  it('sends a lone write at once', async () => {
    const { write, batches, commits, batchesReach } = controlledWrite();
    const loader = batchBehindCommits(write, { maxBatchSize: 50, inFlight: 1 });
    const saved = loader.load(1);
    await batchesReach(1);
    commits[0]?.();
    expect(await saved).toBe(10);
    expect(batches).toEqual([[1]]);
  });

  it('gathers the writes of later turns into one batch while the commit before them is in flight', async () => {
    const { write, batches, commits, batchesReach } = controlledWrite();
    const loader = batchBehindCommits(write, { maxBatchSize: 50, inFlight: 1 });
    const first = loader.load(1);
    await batchesReach(1);
    // Three more writes, each in a turn of its own, while the first batch's commit waits for the disk.
    const later = [loader.load(2)];
    await nextTurn();
    later.push(loader.load(3));
    await nextTurn();
    later.push(loader.load(4));
    await nextTurn();
    expect(batches).toEqual([[1]]);

    commits[0]?.();
    await batchesReach(2);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    commits[1]?.();
    expect(await first).toBe(10);
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
  });

  it('lets as many batches commit at once as allowed, and no more', async () => {
    const { write, batches, commits, batchesReach } = controlledWrite();
    const loader = batchBehindCommits(write, { maxBatchSize: 50, inFlight: 2 });
    const all = [loader.load(1)];
    await batchesReach(1);
    all.push(loader.load(2));
    await batchesReach(2);
    all.push(loader.load(3));
    await nextTurn();
    all.push(loader.load(4));
    await nextTurn();
    expect(batches).toEqual([[1], [2]]);

    commits[1]?.();
    await batchesReach(3);
    expect(batches).toEqual([[1], [2], [3, 4]]);
    commits[0]?.();
    commits[2]?.();
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40]);
  });
});
