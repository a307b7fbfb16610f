import type { Kysely, Transaction } from 'kysely';
import type { TDatabase } from './schema.ts';

/** Repository functions take either the database or a running transaction. */
export type TExecutor = Kysely<TDatabase> | Transaction<TDatabase>;
