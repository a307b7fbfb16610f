/**
 * Quarters on a numeric axis: 2026-Q3 is 2026 * 4 + 2. Evenly spaced, so a gap in submissions shows
 * as a gap, and a dated note can sit between two quarters where it happened.
 */
export function quarterNumber(code: string): number {
  const match = /^(\d{4})-Q([1-4])$/.exec(code);
  if (!match) throw new Error(`Not a quarter code: ${code}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export function quarterCode(value: number): string {
  const whole = Math.round(value);
  return `${Math.floor(whole / 4)}-Q${(whole % 4) + 1}`;
}

/** Where a calendar date falls on the quarter axis: 2026-08-16 is about halfway through 2026-Q3. */
export function dateQuarterNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthInQuarter = (month - 1) % 3;
  return year * 4 + Math.floor((month - 1) / 3) + (monthInQuarter + (day - 1) / 31) / 3;
}
