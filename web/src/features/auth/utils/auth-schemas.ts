/**
 * The shared schemas of the auth routes, loaded on demand for the sign-in page's forms. That page is the
 * first most visits draw, and its budget leaves no room for zod (about 30 kB gzip, see the README's "Web
 * performance"); its forms still validate with the very schemas the API declares, as every form does. The
 * sign-in panel starts loading them once it is on screen, so they are there by the time someone submits.
 *
 * Undefined when they cannot be loaded (the network is gone, or a new version replaced the file): the
 * form then sends what it has, and the API, which checks with the same schemas, answers for them.
 */
export function loadAuthSchemas() {
  return import('@koers/shared/auth').catch(() => undefined);
}
