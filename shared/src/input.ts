import { z } from 'zod';

/**
 * The building blocks of every value a request carries (body, query string, path, headers). Each one
 * refuses, with a field-level message, what PostgreSQL or JavaScript would otherwise choke on later:
 * a NUL character in text, an integer beyond PostgreSQL's `integer`, a date outside what both
 * PostgreSQL's `date` and JavaScript's `Date` hold exactly, a number spelled `1e3` or `0x10`.
 */

/** PostgreSQL's `integer` (int4): zod's `int()` alone lets through anything up to 2^53. */
export const ZInt = z.int32();

/**
 * Text of any kind. PostgreSQL cannot store U+0000 in `text` and refuses it in a query parameter, so it
 * is refused here, for every field (build on it: `ZText.trim().min(2).max(120)`).
 */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what this pattern excludes
export const ZText = z.string().regex(/^[^\u0000]*$/, 'Must not contain the NUL character (U+0000)');

/** The earliest and latest calendar day Koers takes: far beyond any quarter it records. */
const DATE_RANGE = { min: '1900-01-01', max: '2999-12-31' } as const;

/**
 * A calendar day, `YYYY-MM-DD`. PostgreSQL refuses year 0 and JavaScript's `Date` maps years below 100
 * onto the 1900s, so the range is kept well inside both.
 */
export const ZDate = z.iso.date().refine((day) => day >= DATE_RANGE.min && day <= DATE_RANGE.max, {
  message: `Use a date from ${DATE_RANGE.min} to ${DATE_RANGE.max}`,
  // Forms say so in the person's language.
  params: { dateRange: { from: DATE_RANGE.min.slice(0, 4), to: DATE_RANGE.max.slice(0, 4) } },
});

/**
 * A whole number in a query string or path: digits only (`z.coerce` would take `1e3`, `0x10`, ` 7` or
 * an empty string as numbers), within PostgreSQL's `integer`, then held to `bounds`.
 */
export function wholeNumberText(bounds: z.ZodType<number, number> = ZInt) {
  return z
    .string()
    .regex(/^-?\d{1,10}$/, 'Expected a whole number such as 3')
    .transform(Number)
    .pipe(ZInt)
    .pipe(bounds);
}

/**
 * The version an `If-Match` header names, as Koers writes it in `ETag`: `"3"` (also `W/"3"`, or a bare
 * `3`). Nothing else: not `"1e3"`, not a number beyond PostgreSQL's `integer`, not a list of tags.
 */
export const ZVersionTag = z
  .string()
  .regex(/^(?:(?:W\/)?"[1-9]\d{0,9}"|[1-9]\d{0,9})$/, 'Expected a version such as "3"')
  .transform((tag) => Number(tag.replace(/^W\//, '').replaceAll('"', '')))
  .pipe(ZInt.min(1));
