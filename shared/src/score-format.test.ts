import { describe, expect, it } from 'vitest';
import { formatScore, roundScore } from './score-format.ts';

describe('the one rule for writing a score', () => {
  it('writes 3.25 the same everywhere: two decimals when it has them, in the reader’s language', () => {
    expect(formatScore(3.25, 'nl')).toBe('3,25');
    expect(formatScore(3.25, 'en')).toBe('3.25');
  });

  it('keeps one decimal for a whole or half score, so it never reads as a step of the scale', () => {
    expect(formatScore(3, 'nl')).toBe('3,0');
    expect(formatScore(2.5, 'nl')).toBe('2,5');
    expect(formatScore(2.9, 'en')).toBe('2.9');
  });

  it('rounds to hundredths, half away from zero, also where binary floating point would round down', () => {
    expect(formatScore(5 / 3, 'nl')).toBe('1,67');
    expect(formatScore(2.675, 'en')).toBe('2.68');
    expect(formatScore(2.125, 'en')).toBe('2.13');
    expect(formatScore(-0.125, 'en')).toBe('-0.13');
    expect(formatScore(1.004, 'nl')).toBe('1,0');
  });

  it('rounds the stored and sent numbers by the same rule it writes them with', () => {
    expect(roundScore(2.675)).toBe(2.68);
    expect(roundScore(-0.125)).toBe(-0.13);
    expect(roundScore(-0.001)).toBe(0);
    expect(roundScore(null)).toBeNull();
  });
});
