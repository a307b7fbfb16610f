import { describe, expect, it } from 'vitest';
import { downsample } from './downsample.ts';

describe('downsample', () => {
  it('leaves a short series as it is', () => {
    expect(downsample([1, 2, 3], 40)).toEqual([1, 2, 3]);
  });

  it('thins a long series, keeping the ends and the marked points', () => {
    const points = Array.from({ length: 100 }, (_, i) => i);
    const thinned = downsample(points, 40, (p) => p === 37);
    expect(thinned.length).toBeLessThanOrEqual(41);
    expect(thinned.length).toBeGreaterThanOrEqual(38);
    expect(thinned[0]).toBe(0);
    expect(thinned.at(-1)).toBe(99);
    expect(thinned).toContain(37);
    expect([...thinned].sort((a, b) => a - b)).toEqual(thinned);
  });
});
