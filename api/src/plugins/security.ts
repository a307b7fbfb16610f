import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers on every response. The CSP allows only Koers's own scripts and styles: no inline
 * script, no plugins, no framing, no <base> rewriting.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
  // Same-origin app: no reason to let other sites embed or read its resources.
  crossOriginResourcePolicy: { policy: 'same-origin' },
  referrerPolicy: { policy: 'no-referrer' },
});

/**
 * What a JSON answer of the API needs (OWASP's REST security headers): it is data, never a document, so
 * it may load nothing, be framed nowhere, be sniffed as nothing else and be read by this origin only.
 */
const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

const isJson = (contentType: unknown) => typeof contentType === 'string' && contentType.startsWith('application/json');

// helmet itself, built once: @fastify/helmet builds it again on every request (parsing the CSP each
// time), a cost the benchmark showed on every API call. Koers needs no per-route header options.
// Headers are chosen once the answer is known: documents and their assets (the web app, the API docs)
// get helmet's full set, JSON answers the short set above, which is most of what the API sends.
export default fp(
  async (fastify) => {
    fastify.addHook('onSend', (request, reply, payload, done) => {
      if (isJson(reply.getHeader('content-type'))) {
        reply.headers(API_HEADERS);
        return done(null, payload);
      }
      securityHeaders(request.raw, reply.raw, (error?: unknown) => {
        if (error instanceof Error) done(error);
        else done(null, payload);
      });
    });
  },
  { name: 'security' },
);
