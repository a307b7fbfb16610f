/** The migrated, empty database that every test database is cloned from. */
export const TEMPLATE_DATABASE = 'koers_template';

export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}
