/** PostgreSQL sends `numeric` and `bigint` results as strings; a missing value stays missing. */
export const fromNumeric = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);
