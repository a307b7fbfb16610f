import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { TConfig } from './config.ts';
import type { TDatabase } from './db/schema.ts';
import { migrateAsOwner } from './db/migrate.ts';
import { seedDemoData } from './demo/seed-demo.ts';
import { createSecretBox } from './modules/second-factor/secret-box.ts';
import { sealPlainSecrets } from './modules/second-factor/second-factor.repository.ts';
import { secretKeyOf } from './secret-key.ts';

/**
 * At every start, before Koers listens: the schema brought up to date (as the database's owner: the
 * application role the API runs as may not change it), secrets from before sealing sealed, and demo data
 * where it is wanted.
 */
export async function prepareData(
  db: Kysely<TDatabase>,
  ownerConnectionString: string,
  config: Pick<TConfig, 'env' | 'demoData' | 'secretKey' | 'dataDir'>,
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
): Promise<void> {
  const applied = await migrateAsOwner(ownerConnectionString);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  const sealed = await sealPlainSecrets(db, createSecretBox(await secretKeyOf(config)));
  if (sealed > 0) log.info({ sealed }, 'authenticator secrets stored in plain text sealed');
  if (!config.demoData) return;
  // Asked for explicitly in production: said loudly at every start, so nobody keeps it on unawares.
  if (config.env === 'production')
    log.warn(
      'DEMO DATA IS ON IN PRODUCTION (KOERS_DEMO_DATA=true): anyone can sign in to the demo accounts with the password published in the README, the admin account included. Set KOERS_DEMO_DATA=false unless this installation is only a demonstration.',
    );
  if (await seedDemoData(db)) log.info('demo data loaded');
}
