import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Bytes compressed once, to be sent many times as the start of a gzip answer (RFC 1952) whose end is added
 * at each request: a kept dashboard is compressed when it is rendered, and a read adds only its small
 * completion (compressing each cold read's whole answer again was an eighth of the API's time). Deflate
 * data is a sequence of blocks (RFC 1951): compressed with a sync flush, the part ends on a byte boundary
 * without a final block, so more blocks can follow it.
 */
export type TDeflatedPart = { deflated: Buffer; crc: number; length: number };

export function deflatedPart(bytes: Buffer): TDeflatedPart {
  return {
    deflated: deflateRawSync(bytes, { level: constants.Z_BEST_SPEED, finishFlush: constants.Z_SYNC_FLUSH }),
    crc: crc32(bytes),
    length: bytes.byteLength,
  };
}

/** Deflate, no file name, no time, operating system unknown. */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);

/**
 * Below this, an end is sent as it is, in a stored block: compressing it would save less than a network
 * packet, and starting a compressor for a kilobyte was most of what sending a kept dashboard cost.
 */
const STORE_BELOW = 1460;

/** The last deflate block, holding `bytes` as they are: a header byte (final, stored), the length and its complement. */
function finalStoredBlock(bytes: Buffer): Buffer[] {
  const header = Buffer.alloc(5);
  header[0] = 0x01;
  header.writeUInt16LE(bytes.byteLength, 1);
  header.writeUInt16LE(~bytes.byteLength & 0xffff, 3);
  return [header, bytes];
}

/**
 * A gzip answer: the part compressed before, then `end` (compressed now unless it is small; either way its
 * blocks end with the final one), with the whole's checksum and length.
 */
export function gzipOf(start: TDeflatedPart, end: Buffer): Buffer {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(end, start.crc), 0);
  trailer.writeUInt32LE((start.length + end.byteLength) % 2 ** 32, 4);
  const last =
    end.byteLength < STORE_BELOW ? finalStoredBlock(end) : [deflateRawSync(end, { level: constants.Z_BEST_SPEED })];
  return Buffer.concat([HEADER, start.deflated, ...last, trailer]);
}

/**
 * An answer's JSON gzipped where it was made, each part encoded by its schema: a dashboard kept rendered
 * is JSON, and compressed, already (see `modules/dashboards/dashboard-json.ts`); parsing, checking, writing
 * and compressing it again was most of a cold read's work. The read cache keeps and sends it as it is.
 */
export class GzippedJson {
  readonly bytes: Buffer;
  constructor(bytes: Buffer) {
    this.bytes = bytes;
  }
}
