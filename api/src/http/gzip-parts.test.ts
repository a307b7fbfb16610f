import { randomBytes } from 'node:crypto';
import { createGunzip, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflatedPart, gzipOf } from './gzip-parts.ts';

/** Unpacked as a stream, as an HTTP client does, which checks the trailer's checksum and length as well. */
async function streamed(gzip: Buffer): Promise<Buffer> {
  const gunzip = createGunzip();
  const chunks: Buffer[] = [];
  gunzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => gunzip.on('end', resolve).on('error', reject));
  // In pieces of an odd size, so block boundaries fall in the middle of one.
  for (let at = 0; at < gzip.byteLength; at += 97) gunzip.write(gzip.subarray(at, at + 97));
  gunzip.end();
  await done;
  return Buffer.concat(chunks);
}

describe('a gzip answer from a part compressed before and an end added now', () => {
  const start = Buffer.from(`{"trend":[${'{"periodCode":"2026-Q3","scores":{"1":2.75}},'.repeat(300)}null]`);

  it('unpacks to the start followed by the end, the checksum and length of the whole', async () => {
    const end = Buffer.from(',"peers":{"count":7,"shown":true},"note":"één – "citaat""}');
    const gzip = gzipOf(deflatedPart(start), end);
    expect(gunzipSync(gzip)).toEqual(Buffer.concat([start, end]));
    expect(await streamed(gzip)).toEqual(Buffer.concat([start, end]));
    // The start stays compressed: the answer is far smaller than what it holds.
    expect(gzip.byteLength).toBeLessThan(start.byteLength / 5);
  });

  it('holds an end of any length, stored as it is when small and compressed when not, empty too', async () => {
    const part = deflatedPart(start);
    for (const length of [0, 1, 1459, 1460, 150_000]) {
      const end = randomBytes(length);
      const gzip = gzipOf(part, end);
      expect(await streamed(gzip)).toEqual(Buffer.concat([start, end]));
    }
    // A small end adds its bytes as they are; a larger one is compressed.
    const withEmptyEnd = gzipOf(part, Buffer.alloc(0)).byteLength;
    expect(gzipOf(part, Buffer.alloc(1000, 'a')).byteLength).toBe(withEmptyEnd + 1000);
    expect(gzipOf(part, Buffer.alloc(5000, 'a')).byteLength).toBeLessThan(withEmptyEnd + 100);
  });

  it('is refused where its start was altered: the checksum covers both', () => {
    const part = deflatedPart(start);
    const other = deflatedPart(Buffer.from(start.toString().replace('2026-Q3', '2026-Q4')));
    expect(() => gunzipSync(gzipOf({ ...part, deflated: other.deflated }, Buffer.from('}')))).toThrow();
  });
});
