import { createECDH, hkdfSync, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import type { JWK } from 'jose';

/**
 * The tenant's keys from TENANT_SECRET, so that every instance given the same secret signs and reads
 * alike: the ES384 signing key (tokens one instance issued verify with the JWKS another serves), the key
 * the fault lab's `unknown-key` tokens are signed with (never published), and the cookie keys
 * (oidc-provider's and Koa's signed cookies, set by one instance and read by the next).
 *
 * Each comes from HKDF-SHA-384 over the secret with its own `info`, so no key tells anything of another
 * or of the secret. A P-384 private key is a scalar d in [1, n − 1]: it is taken as FIPS 186-5 A.2.1
 * ("key pair generation using extra random bits") does, 64 bits more than n's 384 read as one integer c,
 * d = (c mod (n − 1)) + 1, so d is uniform to within 2⁻⁶⁴; node:crypto's ECDH computes the public
 * point from d. The same secret always gives the same keys; a different one, unrelated keys.
 */

/** The order n of P-384's base point (SEC 2 / FIPS 186-5). */
const p384Order = 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n;
const scalarBytes = 48;
const salt = 'logto-naver-guide local tenant';

export type TenantKeys = { signingKey: JWK; unknownKey: JWK; cookieKeys: string[] };

function derive(secret: string, info: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha384', secret, salt, info, length));
}

/** A P-384 private key as a JWK (ES384, kid = RFC 7638 thumbprint, as Logto's kids look), from `seed` bytes (≥ 56). */
async function p384KeyFrom(seed: Buffer): Promise<JWK> {
  const c = BigInt(`0x${seed.toString('hex')}`);
  const d = (c % (p384Order - 1n)) + 1n;
  const dBytes = Buffer.from(d.toString(16).padStart(scalarBytes * 2, '0'), 'hex');
  const ecdh = createECDH('secp384r1');
  ecdh.setPrivateKey(dBytes);
  const point = ecdh.getPublicKey();
  const jwk: JWK = {
    kty: 'EC',
    crv: 'P-384',
    x: point.subarray(1, 1 + scalarBytes).toString('base64url'),
    y: point.subarray(1 + scalarBytes).toString('base64url'),
    d: dBytes.toString('base64url'),
  };
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'ES384', use: 'sig' };
}

/** The keys of every instance given `secret`. */
export async function keysFromSecret(secret: string): Promise<TenantKeys> {
  return {
    signingKey: await p384KeyFrom(derive(secret, 'es384 signing key', scalarBytes + 8)),
    unknownKey: await p384KeyFrom(derive(secret, 'es384 unknown-key fault', scalarBytes + 8)),
    cookieKeys: [derive(secret, 'cookie key', 32).toString('base64url')],
  };
}

/** Keys of this process alone (no TENANT_SECRET, only on loopback): a restart forgets them, as today. */
export async function processKeys(): Promise<TenantKeys> {
  return keysFromSecret(randomBytes(32).toString('base64url'));
}
