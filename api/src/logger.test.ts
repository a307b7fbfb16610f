import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.ts';

const serializeRequest = (url: string) => {
  const options = loggerOptions({ env: 'test', logLevel: 'info' });
  if (typeof options !== 'object' || !options.serializers?.req) throw new Error('no request serializer');
  const request = { method: 'GET', url, host: 'koers.test', ip: '127.0.0.1', socket: {} } as FastifyRequest;
  return (options.serializers.req as (r: FastifyRequest) => { url: string })(request).url;
};

describe('what the log keeps of a request URL', () => {
  it('leaves out the code and state a sign-in provider sends back', () => {
    expect(
      serializeRequest('/api/auth/oidc/surf/callback?code=s3cr3t-code&state=s3cr3t-state&iss=https%3A%2F%2Fidp'),
    ).toBe('/api/auth/oidc/surf/callback?code=[redacted]&state=[redacted]&iss=https%3A%2F%2Fidp');
  });

  it('leaves the query of other routes as it is', () => {
    expect(serializeRequest('/api/partnerships?state=open')).toBe('/api/partnerships?state=open');
  });
});
