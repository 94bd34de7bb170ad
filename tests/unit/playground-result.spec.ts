import { expect, test } from '@playwright/test';
import { buildResult, refreshedResult } from '../../src/playground/result/result.ts';
import type { VerifiedIdToken } from '../../src/playground/logto/id-token-verifier.ts';

const issuer = 'https://tenant.example.com/oidc';

function verifiedAt(iat: number, kid: string): VerifiedIdToken {
  return { header: { alg: 'ES384', kid }, claims: { sub: 'user-1', iat, exp: iat + 3600, name: 'Yeon' }, expectedIssuer: issuer, expectedAudience: 'app-1' };
}

const signIn = buildResult({
  verified: verifiedAt(1_000, 'key-a'),
  userInfo: { sub: 'user-1', identities: { naver: { userId: 'naver-1', details: { email: 'yeon@naver.com', name: 'Yeon' } } } },
  tokens: { idToken: 'a.b.c', accessToken: { token: 'access-1', expiresAt: 1_000 + 3600 }, refreshToken: 'refresh-1' },
  target: 'naver',
  now: 1_000_000,
});

test('a refresh with a new ID token shows its claims and the new tokens, and keeps the sign-in’s identity', () => {
  const refreshed = refreshedResult(signIn, {
    verified: verifiedAt(2_000, 'key-b'),
    tokens: { idToken: 'd.e.f', accessToken: { token: 'access-2-longer', expiresAt: 2_000 + 3600 }, refreshToken: 'refresh-2' },
    now: 2_000_000,
  });
  expect(refreshed.refreshedAt).toBe(2_000_000);
  expect(refreshed.signedInAt).toBe(signIn.signedInAt);
  expect(refreshed.idToken.claims['iat']).toBe(2_000);
  expect(refreshed.idToken.kid).toBe('key-b');
  expect(refreshed.identity).toEqual(signIn.identity);
  expect(refreshed.tokens.find((token) => token.kind === 'access_token')?.expiresAt).toBe(2_000 + 3600);
  expect(refreshed.tokens.find((token) => token.kind === 'id_token')?.expiresAt).toBe(2_000 + 3600);
  expect(refreshed.tokens.find((token) => token.kind === 'access_token')?.value).not.toBe(signIn.tokens.find((token) => token.kind === 'access_token')?.value);
});

test('a refresh without an ID token keeps the sign-in’s ID token and its expiry, with the new access token', () => {
  const refreshed = refreshedResult(signIn, { verified: undefined, tokens: { idToken: 'a.b.c', accessToken: { token: 'access-2', expiresAt: 5_000 } }, now: 3_000_000 });
  expect(refreshed.idToken).toEqual(signIn.idToken);
  expect(refreshed.tokens.find((token) => token.kind === 'id_token')?.expiresAt).toBe(1_000 + 3600);
  expect(refreshed.tokens.find((token) => token.kind === 'access_token')?.expiresAt).toBe(5_000);
});
