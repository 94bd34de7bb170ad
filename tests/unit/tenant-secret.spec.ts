import { CompactSign, compactVerify, importJWK } from 'jose';
import { keysFromSecret, processKeys } from '../../src/local-tenant/oidc/tenant-secret.ts';
import { expect, test } from '../support/fixtures.ts';

const secret = 'unit-test-tenant-secret-0123456789abcdef';

test('one TENANT_SECRET gives every instance the same signing key, unknown-key and cookie keys', async () => {
  const [one, two] = await Promise.all([keysFromSecret(secret), keysFromSecret(secret)]);
  expect(two).toEqual(one);
  expect(one.signingKey).toMatchObject({ kty: 'EC', crv: 'P-384', alg: 'ES384', use: 'sig' });
  expect(one.signingKey.kid).toMatch(/^[\w-]{43}$/);
  expect(one.signingKey.d).not.toBe(one.unknownKey.d);
  expect(one.cookieKeys[0]).toMatch(/^[\w-]{43}$/);
});

test('another secret (or none) gives unrelated keys', async () => {
  const [one, other, random] = await Promise.all([keysFromSecret(secret), keysFromSecret(`${secret}!`), processKeys()]);
  for (const keys of [other, random]) {
    expect(keys.signingKey.d).not.toBe(one.signingKey.d);
    expect(keys.signingKey.kid).not.toBe(one.signingKey.kid);
    expect(keys.cookieKeys).not.toEqual(one.cookieKeys);
  }
});

test('the derived key is a valid P-384 pair: what one instance signs, the published half verifies', async () => {
  const { signingKey } = await keysFromSecret(secret);
  const { d: _d, ...publicHalf } = signingKey;
  const payload = new TextEncoder().encode('{"sub":"x"}');
  const jws = await new CompactSign(payload).setProtectedHeader({ alg: 'ES384', kid: signingKey.kid ?? '' }).sign(await importJWK(signingKey, 'ES384'));
  const verified = await compactVerify(jws, await importJWK(publicHalf, 'ES384'));
  expect(new TextDecoder().decode(verified.payload)).toBe('{"sub":"x"}');
});
