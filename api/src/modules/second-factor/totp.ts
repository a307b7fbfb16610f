import { Secret, TOTP } from 'otpauth';
import { loadQRCode } from '../../load-on-first-use.ts';

// RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30 seconds.
const PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed just as it turned over. */
const WINDOW = 1;

const totpOf = (secret: string, label = '') =>
  new TOTP({ issuer: 'Koers', label, secret: Secret.fromBase32(secret), period: PERIOD_SECONDS });

/** 160 random bits, the size RFC 4226 recommends, in base32 as people type it into an app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The QR code an authenticator app scans, as an SVG data URL (the page's CSP allows data: images). */
export async function qrCodeOf(uri: string): Promise<string> {
  const { default: QRCode } = await loadQRCode();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * The 30-second step a code belongs to, or null when it matches none near now. The step is what makes a
 * code single-use: the repository accepts only steps later than the last one used.
 */
export function stepOfCode(secret: string, code: string, now = Date.now()): number | null {
  const counter = TOTP.counter({ period: PERIOD_SECONDS, timestamp: now });
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    period: PERIOD_SECONDS,
    timestamp: now,
    window: WINDOW,
  });
  return delta === null ? null : counter + delta;
}
