// No zod in this module: the web app's first page sends this header, and must not load zod to do so.

/** The header that carries the session-bound CSRF token on every POST, PUT, PATCH and DELETE. */
export const CSRF_HEADER = 'x-csrf-token';
