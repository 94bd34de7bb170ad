import { expect, test } from '@playwright/test';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { StandardLogtoClient } from '@logto/node';
import { diagnoseError } from '../../src/playground/diagnosis/diagnose-error.ts';
import { buildIdTokenVerifier, type VerifiedIdToken } from '../../src/playground/logto/id-token-verifier.ts';
import { TraceRecorder } from '../../src/playground/trace/trace.ts';

/**
 * The verifier the playground hands to LogtoClient, against a JWKS served by a fake fetch and tokens
 * signed here: each way a token can be wrong ends in its own diagnosis.
 */

const issuer = 'https://t.example/oidc';
const appId = 'abcdefghij0123456789k';
const { privateKey, publicKey } = await generateKeyPair('ES384');
const other = await generateKeyPair('ES384');
const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'ES384', use: 'sig' };

function token(claims: Record<string, unknown> = {}, key = privateKey, kid = 'key-1') {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: 'user1', name: 'N', ...claims })
    .setProtectedHeader({ alg: 'ES384', kid })
    .setIssuer((claims['iss'] as string) ?? issuer)
    .setAudience((claims['aud'] as string) ?? appId)
    .setIssuedAt((claims['iat'] as number) ?? now)
    .setExpirationTime((claims['exp'] as number) ?? now + 3600)
    .sign(key);
}

async function verify(idToken: string) {
  const recorder = new TraceRecorder();
  const jwksFetch = (async () => new Response(JSON.stringify({ keys: [jwk] }), { headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;
  let verified: VerifiedIdToken | undefined;
  const client = {
    logtoConfig: { appId },
    getOidcConfig: async () => ({ issuer, jwksUri: 'https://t.example/oidc/jwks' }),
  } as unknown as StandardLogtoClient;
  const verifier = buildIdTokenVerifier({ fetch: jwksFetch, recorder, onVerified: (v) => (verified = v) })(client);
  try {
    await verifier.verifyIdToken(idToken);
    return { verified, recorder, error: undefined };
  } catch (error) {
    return { verified, recorder, error };
  }
}

test('a good token is verified, and the trace shows alg, kid found in the JWKS, iss, aud and exp', async () => {
  const { verified, recorder, error } = await verify(await token());
  expect(error).toBeUndefined();
  expect(verified?.header).toMatchObject({ alg: 'ES384', kid: 'key-1' });
  expect(verified?.claims).toMatchObject({ sub: 'user1', iss: issuer, aud: appId });
  expect(recorder.hops[0]).toMatchObject({ kind: 'id-token-verification', outcome: 'ok' });
  expect(recorder.hops[0]?.details).toMatchObject({ alg: 'ES384', kid: 'key-1', kidInJwks: 'true', iss: issuer, aud: appId });
});

const bad: [string, () => Promise<string>, string][] = [
  ['another issuer', () => token({ iss: 'https://other.example/oidc' }), 'id_token_issuer'],
  ['another audience', () => token({ aud: 'someotherappid0000000' }), 'id_token_audience'],
  ['expired', () => token({ exp: Math.floor(Date.now() / 1000) - 3600, iat: Math.floor(Date.now() / 1000) - 200 }), 'id_token_expired'],
  ['issued 20 minutes in the future (a skewed clock)', () => token({ iat: Math.floor(Date.now() / 1000) + 1200 }), 'clock_skew'],
  ['signed by a key not in the JWKS', () => token({}, other.privateKey, 'key-1'), 'id_token_signature'],
  ['a kid the JWKS does not have', () => token({}, other.privateKey, 'key-9'), 'id_token_signature'],
];
for (const [name, make, code] of bad) {
  test(`${name} → ${code}`, async () => {
    const { verified, recorder, error } = await verify(await make());
    expect(verified).toBeUndefined();
    expect(error).toBeDefined();
    expect(recorder.hops[0]?.outcome).toBe('fail');
    expect(diagnoseError(error).code).toBe(code);
  });
}

test('a kid missing from a cached JWKS is looked up once more past the cache (a rotated key) and then verifies', async () => {
  const rotated: JWK = { ...(await exportJWK(other.publicKey)), kid: 'key-2', alg: 'ES384', use: 'sig' };
  const asked: (RequestCache | undefined)[] = [];
  // The cache still holds the JWKS from before the rotation; only a no-cache request sees the new key.
  const jwksFetch = (async (_url: string, init?: RequestInit) => {
    asked.push(init?.cache);
    const keys = init?.cache === 'no-cache' ? [jwk, rotated] : [jwk];
    return new Response(JSON.stringify({ keys }), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  const recorder = new TraceRecorder();
  let verified: VerifiedIdToken | undefined;
  const client = {
    logtoConfig: { appId },
    getOidcConfig: async () => ({ issuer, jwksUri: 'https://t.example/oidc/jwks' }),
  } as unknown as StandardLogtoClient;
  await buildIdTokenVerifier({ fetch: jwksFetch, recorder, onVerified: (v) => (verified = v) })(client).verifyIdToken(
    await token({}, other.privateKey, 'key-2'),
  );
  expect(verified?.header.kid).toBe('key-2');
  expect(asked).toEqual([undefined, 'no-cache']);
  expect(recorder.hops[0]?.details).toMatchObject({ kidInJwks: 'true', jwksRefetched: 'true' });
});

test('a 5xx from the tenant at the token endpoint is the tenant failing, not a setting', () => {
  const error = Object.assign(new Error('x'), { name: 'LogtoRequestError', code: 'http_error_503' });
  expect(diagnoseError(error, { failedHop: 'token-exchange', failedStatus: 503 })).toEqual({
    code: 'tenant_unavailable',
    params: { status: '503', hop: 'token-exchange' },
  });
  expect(diagnoseError(error, { failedHop: 'token-exchange', failedStatus: 400 }).code).toBe('token_exchange_failed');
});
