import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../plugins/auth.ts';

/** The cookie that carries a new session, whichever way its person signed in. */
export function setSessionCookie(reply: FastifyReply, token: string, absoluteHours: number) {
  return reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
    maxAge: absoluteHours * 3600,
  });
}
