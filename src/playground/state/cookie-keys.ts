/**
 * The keys the reader's cookies are encrypted with, all derived from `COOKIE_SECRET`, one per cookie
 * purpose so one cookie can't be replayed as another. Every instance with the same secret can read
 * every cookie: that is what lets several instances serve one reader behind a load balancer.
 */
import { hkdfSync, randomBytes } from 'node:crypto';

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export const cookiePurposes = ['settings', 'logto', 'attempt', 'trace', 'result', 'flash', 'preflight'] as const;
export type CookiePurpose = (typeof cookiePurposes)[number];
export type CookieKeys = Record<CookiePurpose, string>;

/** Fixed on purpose: every instance with the same COOKIE_SECRET must derive the same keys. */
const KEY_SALT = 'logto-naver-guide/cookie-keys/v1';

/** HKDF-SHA-256 (RFC 5869): one independent 256-bit key per purpose, the purpose as HKDF's `info`. */
export function deriveCookieKeys(secret: string): CookieKeys {
  const derive = (purpose: CookiePurpose) => Buffer.from(hkdfSync('sha256', secret, KEY_SALT, `cookie:${purpose}`, 32)).toString('base64url');
  return Object.fromEntries(cookiePurposes.map((purpose) => [purpose, derive(purpose)])) as CookieKeys;
}

/** The process has one secret: its keys are derived once, not on every request. */
const derived = new Map<string, CookieKeys>();
function keysFor(secret: string): CookieKeys {
  let keys = derived.get(secret);
  if (!keys) {
    keys = deriveCookieKeys(secret);
    derived.set(secret, keys);
  }
  return keys;
}

let ephemeralSecret: string | undefined;

/**
 * The cookie keys for this process. PUBLIC mode requires `COOKIE_SECRET`. LOCAL mode falls back to a
 * random key made at start-up (with a warning): fine for one local process, but readers are signed out
 * on every restart and a second instance couldn't read the first one's cookies.
 */
export function resolveCookieKeys(
  secret: string | undefined,
  mode: 'LOCAL' | 'PUBLIC',
  warn: (message: string) => void = console.warn,
): CookieKeys {
  if (secret) return keysFor(secret);
  if (mode === 'PUBLIC') {
    throw new ConfigurationError('COOKIE_SECRET is required when PLAYGROUND_MODE=PUBLIC');
  }
  if (!ephemeralSecret) {
    ephemeralSecret = randomBytes(32).toString('base64url');
    warn(
      '[playground] COOKIE_SECRET is not set: using a random key for this process only. Readers lose their ' +
        'playground settings on restart, and several instances cannot share readers. Set COOKIE_SECRET ' +
        '(32+ characters) to keep them.',
    );
  }
  return keysFor(ephemeralSecret);
}
