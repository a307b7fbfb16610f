import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT } from './config.ts';

describe('configuration', () => {
  it('defaults to port 3000, the embedded database and demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demoData: true });
    expect(config.dataDir).toBe(path.join(REPO_ROOT, '.koers-data'));
  });

  it('turns demo data off by default for an external database, unless asked for', () => {
    const url = 'postgres://koers:secret@db.internal:5432/koers';
    expect(loadConfig({ DATABASE_URL: url }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, KOERS_DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ KOERS_DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('turns demo data off by default in production, also with the embedded database, unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', KOERS_DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('reads OpenID Connect providers by name, HTTPS only, plain HTTP on this machine only in tests or when asked', () => {
    const surf = {
      KOERS_OIDC_SURF_ISSUER: 'https://connect.surfconext.nl',
      KOERS_OIDC_SURF_CLIENT_ID: 'koers',
      KOERS_OIDC_SURF_CLIENT_SECRET: 'secret',
      KOERS_OIDC_SURF_LABEL: 'SURFconext',
      KOERS_OIDC_ENTREE_ISSUER: 'https://entree.example.nl',
      KOERS_OIDC_ENTREE_CLIENT_ID: 'koers',
      KOERS_OIDC_ENTREE_CLIENT_SECRET: 'secret',
    };
    expect(loadConfig(surf).oidcProviders).toEqual([
      {
        name: 'entree',
        issuer: 'https://entree.example.nl',
        clientId: 'koers',
        clientSecret: 'secret',
        label: 'ENTREE',
      },
      {
        name: 'surf',
        issuer: 'https://connect.surfconext.nl',
        clientId: 'koers',
        clientSecret: 'secret',
        label: 'SURFconext',
      },
    ]);
    expect(() => loadConfig({ KOERS_OIDC_SURF_ISSUER: 'https://connect.surfconext.nl' })).toThrow(
      /KOERS_OIDC_SURF: clientId, clientSecret missing/,
    );
    expect(() => loadConfig({ KOERS_OIDC_SURF_CLIENT: 'x' })).toThrow(/KOERS_OIDC_SURF_CLIENT: use/);

    const local = { ...surf, KOERS_OIDC_SURF_ISSUER: 'http://127.0.0.1:4000' };
    expect(() => loadConfig(local)).toThrow(/KOERS_OIDC_SURF_ISSUER: an https:\/\/ URL is required/);
    expect(loadConfig({ ...local, NODE_ENV: 'test' }).oidcProviders[1]?.issuer).toBe('http://127.0.0.1:4000');
    expect(loadConfig({ ...local, KOERS_OIDC_ALLOW_HTTP_LOCALHOST: 'true' }).oidcProviders).toHaveLength(2);
    expect(() => loadConfig({ ...local, NODE_ENV: 'production', KOERS_OIDC_ALLOW_HTTP_LOCALHOST: 'true' })).toThrow(
      /https/,
    );
    expect(() =>
      loadConfig({ ...surf, KOERS_OIDC_SURF_ISSUER: 'http://idp.example.nl', KOERS_OIDC_ALLOW_HTTP_LOCALHOST: 'true' }),
    ).toThrow(/https/);
  });

  it('names every bad variable at once', () => {
    const bad = { PORT: 'eighty', DATABASE_URL: 'mysql://x', KOERS_DEMO_DATA: 'maybe' };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    expect(() => loadConfig(bad)).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*KOERS_DEMO_DATA/);
  });

  it('turns metrics on only with a token long and plain enough to be sent as a Bearer token', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    const token = 'a'.repeat(24) + '0123-._~+/=';
    expect(loadConfig({ KOERS_METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(() => loadConfig({ KOERS_METRICS_TOKEN: 'secret' })).toThrow(/KOERS_METRICS_TOKEN: Use at least 32/);
    expect(() => loadConfig({ KOERS_METRICS_TOKEN: `${'a'.repeat(32)} b` })).toThrow(/KOERS_METRICS_TOKEN/);
    expect(() => loadConfig({ KOERS_METRICS_TOKEN: '' })).toThrow(/KOERS_METRICS_TOKEN/);
  });

  it('serves the API docs in development, and in production only when asked for', () => {
    expect(loadConfig({}).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).apiDocs).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', KOERS_API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig({ KOERS_API_DOCS: 'false' }).apiDocs).toBe(false);
  });

  it('needs the same secret key for every instance on an external database in production, and a real one', () => {
    const url = 'postgres://koers:secret@db.internal:5432/koers';
    const key = randomBytes(32);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: url })).toThrow(/KOERS_SECRET_KEY: required/);
    expect(
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, KOERS_SECRET_KEY: key.toString('base64') }).secretKey,
    ).toEqual(key);
    // Elsewhere the data folder keeps one (secret-key.ts).
    expect(loadConfig({ NODE_ENV: 'production' }).secretKey).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: url }).secretKey).toBeUndefined();
    for (const bad of [randomBytes(16).toString('base64'), 'not base64!', '']) {
      expect(() => loadConfig({ KOERS_SECRET_KEY: bad })).toThrow(/KOERS_SECRET_KEY: Use 32 random bytes/);
    }
  });
});
