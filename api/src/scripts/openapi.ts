import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

// `npm run openapi -- --file <path>`: write the API's OpenAPI document, e.g. for `npm run lint:openapi` or
// a client generator. The document needs only the routes: the pool never connects, so no database runs.
const { values } = parseArgs({ options: { file: { type: 'string' } } });
if (!values.file) {
  console.error('Usage: npm run openapi -- --file <path>');
  process.exit(2);
}
const app = await buildApp({
  // A key of its own, so that writing the document leaves no key file behind.
  config: loadConfig({
    NODE_ENV: 'development',
    KOERS_API_DOCS: 'true',
    LOG_LEVEL: 'silent',
    KOERS_SECRET_KEY: randomBytes(32).toString('base64'),
  }),
  connectionString: 'postgres://koers@127.0.0.1:1/koers',
  serveWeb: false,
});
try {
  await app.ready();
  await writeFile(values.file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  console.log(`OpenAPI document written to ${values.file}`);
} finally {
  await app.close();
}
