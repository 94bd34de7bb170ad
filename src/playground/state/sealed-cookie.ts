/**
 * Encrypted cookie values, with the same AES-GCM sealing @logto/node uses for its own cookie
 * (`wrapSession`/`unwrapSession`), deflated first (traces are repetitive JSON and cookies hold ~4 KB),
 * and a zod schema on the way out: a cookie that doesn't decrypt, inflate or parse (an old version, a
 * rotated key, tampering) reads as absent, never as an error.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { unwrapSession, wrapSession } from '@logto/node';
import type { z } from 'zod';

/** Browsers drop cookies over 4096 bytes (name and attributes included): stay clearly below. */
export const MAX_SEALED_COOKIE_CHARS = 3900;

export class CookieTooLargeError extends Error {
  override name = 'CookieTooLargeError';
}

export async function seal(value: unknown, key: string): Promise<string> {
  const packed = deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64');
  // wrapSession is typed for its own token record but seals any JSON value.
  const sealed = await wrapSession({ z: packed } as never, key);
  if (sealed.length > MAX_SEALED_COOKIE_CHARS) throw new CookieTooLargeError(`sealed value is ${sealed.length} chars`);
  return sealed;
}

export async function unseal<T>(sealed: string | undefined, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  if (!sealed) return undefined;
  const data = (await unwrapSession(sealed, key)) as { z?: unknown };
  if (typeof data.z !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(inflateRawSync(Buffer.from(data.z, 'base64'), { maxOutputLength: 256 * 1024 }).toString());
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
