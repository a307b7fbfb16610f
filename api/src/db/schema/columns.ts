import type { ColumnType } from 'kysely';

/** Set by the database on insert, never changed after. */
export type TCreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** PostgreSQL numeric: pg reads it as a string, so no precision is lost on the way. */
export type TNumeric = ColumnType<string | null, number | null, number | null>;
