import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../test/fixtures.ts';
import { TestClient } from '../../../test/session.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { issueOneTimeLink } from './one-time-link.repository.ts';

describe('choosing a new password', () => {
  let app: FastifyInstance;
  let visitor: TestClient;
  beforeAll(async () => {
    app = await buildTestApp();
    visitor = await new TestClient(app).start();
  });
  afterAll(() => app.close());

  const invited = async () => {
    const person = await createPerson(app.db, [], {
      email: `marieke.de.vries.${Math.random().toString(36).slice(2, 8)}@school.test`,
      displayName: 'Marieke de Vries',
    });
    return { person, token: await issueOneTimeLink(app.db, person.id, 'invitation') };
  };
  const choose = (token: string, password: string) =>
    visitor.inject({ method: 'POST', url: `/api/auth/one-time-links/${token}`, payload: { password } });

  it.each([
    ['password1', 'common'],
    ['wachtwoord123', 'guessable'],
    ['P@ssw0rd2026', 'common'],
    ['qwertyuiop', 'common'],
    ['mariekedevries', 'personal'],
    ['Welkom01!', 'guessable'],
  ])('refuses %s with 400 and the reason (%s), and leaves the link usable', async (password, reason) => {
    const { token } = await invited();
    const refused = await choose(token, password);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'PASSWORD_TOO_WEAK',
      details: [{ path: 'body.password', message: reason }],
    });
    expect((await choose(token, 'een zin die alleen ik zo zou schrijven')).statusCode).toBe(204);
  });

  it('accepts a long passphrase, well beyond 64 characters, and signs in with it', async () => {
    const { person, token } = await invited();
    const passphrase =
      'op dinsdag fietst de hele opleidingsschool langs de rivier naar de stage, behalve als het regent';
    expect(passphrase.length).toBeGreaterThan(64);
    expect((await choose(token, passphrase)).statusCode).toBe(204);
    expect((await (await new TestClient(app).start()).signIn(person.email, passphrase)).statusCode).toBe(200);
  });
});
