// Free of zod and of the rest of shared/: every page that shows a score loads this module.

/**
 * Rounds a score (or a change of one) to hundredths, half away from zero, for display and storage. The
 * product is first cut to 12 significant digits, so a decimal tie stored in binary as just under it
 * (2.675 * 100 = 267.4999...) still rounds up; a plain Math.round would also round -0.125 towards zero.
 */
export function roundScore(value: number): number;
export function roundScore(value: number | null): number | null;
export function roundScore(value: number | null): number | null {
  if (value === null) return null;
  const hundredths = Math.round(Number((Math.abs(value) * 100).toPrecision(12)));
  const rounded = (Math.sign(value) * hundredths) / 100;
  // No "-0" for a change that rounds to nothing.
  return rounded === 0 ? 0 : rounded;
}

/**
 * The one way Koers writes a score, used by every page, the printed report, the flag reasons and the
 * exports: rounded to hundredths, half away from zero (roundScore), then written with at least one
 * and at most two decimals in the reader's language. 3.25 is "3,25" in Dutch and "3.25" in English,
 * 3 is "3,0", 2.5 is "2,5" and 1.6667 is "1,67". The minimum of one decimal keeps a score from
 * reading as a whole step of the 1-4 scale; the maximum of two is as precise as a mean of a few
 * answers deserves.
 */
export function formatScore(value: number, language: 'nl' | 'en'): string {
  return scoreFormat(language).format(roundScore(value));
}

/** The same rule for a spreadsheet cell's number format: the cell keeps its number, Excel writes it so. */
export const SCORE_CELL_FORMAT = '0.0#';

const formats = new Map<string, Intl.NumberFormat>();

function scoreFormat(language: 'nl' | 'en'): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
    });
    formats.set(language, format);
  }
  return format;
}
