import Fastify from 'fastify';
import pg from 'pg';

/**
 * The yardstick: the least a Fastify server on this database can do per request (SELECT 1 through pg).
 * Koers's endpoints are measured as a ratio to this, on the same machine in the same run.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify();
app.get('/select-1', async () => (await pool.query('SELECT 1 AS one')).rows[0]);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
