import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';

/**
 * A fresh ES384 (P-384) signing key for this process, as Logto's default tenants use. The `kid` is the
 * key's RFC 7638 thumbprint, which is also what Logto's kids look like (43 base64url characters).
 * The key lives only in memory: tokens from an earlier run stop verifying after a restart, as they
 * would after a key rotation.
 */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES384', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid, alg: 'ES384', use: 'sig' };
}
