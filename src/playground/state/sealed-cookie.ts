/**
 * Encrypted cookie values, sealed exactly as @logto/node seals its own cookie (`wrapSession`): AES-256-GCM
 * under the SHA-256 of the key string, written `base64(ciphertext‖tag).base64(iv)`. Values are deflated
 * first (traces are repetitive JSON and cookies hold ~4 KB), and a zod schema checks them on the way out:
 * a cookie that doesn't decrypt, inflate or parse (an old version, a rotated key, tampering) reads as
 * absent, never as an error.
 *
 * Done with node:crypto rather than through `wrapSession`/`unwrapSession`, which take the Web Crypto path:
 * a digest, a key import and the cipher, each an asynchronous thread-pool job, for every cookie of every
 * request. A signed-in panel reads five cookies, and those jobs were a sixth of its server time. The AES
 * key is derived once per key string; the format stays the same, so either side opens the other's values.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { z } from 'zod';

/** Browsers drop cookies over 4096 bytes (name and attributes included): stay clearly below. */
export const MAX_SEALED_COOKIE_CHARS = 3900;

export class CookieTooLargeError extends Error {
  override name = 'CookieTooLargeError';
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

const aesKeys = new Map<string, Buffer>();
function aesKeyOf(key: string): Buffer {
  let aesKey = aesKeys.get(key);
  if (!aesKey) {
    aesKey = createHash('sha256').update(key, 'utf8').digest();
    aesKeys.set(key, aesKey);
  }
  return aesKey;
}

/** `wrapSession`'s format: the JSON text encrypted, then `ciphertext‖tag` and the IV in base64. */
function encrypt(text: string, key: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', aesKeyOf(key), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${sealed.toString('base64')}.${iv.toString('base64')}`;
}

/** The JSON text, or undefined when the value isn't one this key sealed. */
function decrypt(value: string, key: string): string | undefined {
  const parts = value.split('.');
  const [body, ivText] = parts;
  if (parts.length !== 2 || !body || !ivText) return undefined;
  const sealed = Buffer.from(body, 'base64');
  const iv = Buffer.from(ivText, 'base64');
  if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', aesKeyOf(key), iv);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

export async function seal(value: unknown, key: string): Promise<string> {
  const packed = deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64');
  const sealed = encrypt(JSON.stringify({ z: packed }), key);
  if (sealed.length > MAX_SEALED_COOKIE_CHARS) throw new CookieTooLargeError(`sealed value is ${sealed.length} chars`);
  return sealed;
}

export async function unseal<T>(sealed: string | undefined, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  if (!sealed) return undefined;
  let value: unknown;
  try {
    const data = JSON.parse(decrypt(sealed, key) ?? 'null') as { z?: unknown } | null;
    if (typeof data?.z !== 'string') return undefined;
    value = JSON.parse(inflateRawSync(Buffer.from(data.z, 'base64'), { maxOutputLength: 256 * 1024 }).toString());
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
