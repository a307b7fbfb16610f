import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAG_THRESHOLDS } from '@koers/shared/flags';
import { isSteadyOnTheme } from './peer-standing.ts';

describe('steady on a theme, in the flag rules’ terms (newest quarter first)', () => {
  const steady = (scores: (number | null)[]) => isSteadyOnTheme(scores, DEFAULT_FLAG_THRESHOLDS);

  it('holds for three quarters at or above the attention threshold without a steep drop', () => {
    expect(steady([2.5, 2.6, 2.9])).toBe(true);
    expect(steady([3.8, 3.5, 3.2, 1.0])).toBe(true);
  });

  it('fails on a weak quarter, a drop of the declining threshold, a quarter without a score, or a short history', () => {
    expect(steady([3.0, 2.4, 3.0])).toBe(false);
    expect(steady([3.0, 3.5, 3.5])).toBe(false);
    expect(steady([3.0, null, 3.0])).toBe(false);
    expect(steady([3.5, 3.5])).toBe(false);
  });
});
