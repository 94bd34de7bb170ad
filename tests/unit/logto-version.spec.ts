import { expect, test } from '@playwright/test';
import {
  defaultLogtoVersion,
  logtoVersionFromEnv,
  logtoVersionProfile,
  logtoVersionProfiles,
  logtoVersions,
} from '../../src/local-tenant/config/logto-version.ts';
import { recordedShapes } from '../support/recorded-shapes.ts';

/** The one module of what differs per Logto version, against the records each row comes from. */

test('the default is 1.42; LOGTO_VERSION picks a version, empty means unset, anything else is refused in one line', () => {
  expect(defaultLogtoVersion).toBe('1.42');
  expect(logtoVersionFromEnv(undefined)).toBeUndefined();
  expect(logtoVersionFromEnv('  ')).toBeUndefined();
  expect(logtoVersionFromEnv('1.37')).toBe('1.37');
  expect(logtoVersionFromEnv(' 1.42 ')).toBe('1.42');
  expect(() => logtoVersionFromEnv('1.40')).toThrow('LOGTO_VERSION=1.40 is not a version this tenant plays (1.42, 1.37).');
});

test('each profile’s ID token and discovery facts are the ones its record shows', () => {
  for (const version of logtoVersions) {
    const profile = logtoVersionProfile(version);
    const recorded = recordedShapes(version);
    expect(profile.version).toBe(version);
    expect(profile.idToken.typHeader).toBe('typ' in recorded.signIn.idToken.header);
    expect(profile.idToken.atHash).toBe(recorded.signIn.idToken.claimNames.includes('at_hash'));
    expect(profile.preferredUsername).toBe(recorded.signIn.idToken.claimNames.includes('preferred_username'));
    expect(profile.userinfoWithoutToken).toBe((recorded.signIn.userinfo.noToken.body as { error: string }).error);
    const discovery = recorded.discovery.body;
    expect(profile.discovery.requestParameterSupported).toBe('request_parameter_supported' in discovery);
    expect(profile.discovery.deviceFlow).toBe('device_authorization_endpoint' in discovery);
    expect(profile.discovery.clientAuthSigningAlgs).toEqual(discovery['token_endpoint_auth_signing_alg_values_supported']);
    expect(profile.jwksCacheControl).toBe(recorded.jwks.headers['cache-control']);
  }
});

test('the Console’s callback URIs for a social connector: one on 1.37, sign-in then Account Center linking on 1.42', () => {
  expect(logtoVersionProfiles['1.37'].socialCallbackPaths('c7470naes049')).toEqual(['/callback/c7470naes049']);
  // DIFF.md: http://localhost:3101/callback/c7470naes049 and …/account/callback/social/c7470naes049.
  expect(logtoVersionProfiles['1.42'].socialCallbackPaths('c7470naes049')).toEqual(['/callback/c7470naes049', '/account/callback/social/c7470naes049']);
});

test('the logs API: 1.37 masks only password and secret; 1.42 also names containing them and token-ish keys, never code or state', () => {
  const old = logtoVersionProfiles['1.37'].logsApi;
  const current = logtoVersionProfiles['1.42'].logsApi;
  expect(['password', 'secret'].every(old.isMaskedKey)).toBe(true);
  expect(['applicationSecret', 'access_token', 'authorization', 'clientSecret'].some(old.isMaskedKey)).toBe(false);
  for (const key of ['password', 'newPassword', 'clientSecret', 'apiKey', 'privateKey', 'credentials', 'cookie', 'authorization', 'token', 'access_token', 'refreshToken']) {
    expect(current.isMaskedKey(key), key).toBe(true);
  }
  for (const key of ['code', 'code_verifier', 'state', 'tokenTypes', 'userId']) expect(current.isMaskedKey(key), key).toBe(false);
  expect([old.timeWindow, current.timeWindow]).toEqual([false, true]);
  expect(current.listedKeyPrefixes.filter((prefix) => !old.listedKeyPrefixes.includes(prefix))).toEqual(['RevokeGrants', 'Action']);
});

test('access control and the device flow came after 1.37; revoking an access token revokes the grant only on 1.42', () => {
  expect([logtoVersionProfiles['1.37'].appLevelAccessControl, logtoVersionProfiles['1.42'].appLevelAccessControl]).toEqual([false, true]);
  expect([logtoVersionProfiles['1.37'].accessTokenRevocationRevokesGrant, logtoVersionProfiles['1.42'].accessTokenRevocationRevokesGrant]).toEqual([false, true]);
});
