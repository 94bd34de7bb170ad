/**
 * What @logto/connector-naver 1.4.6 hard-codes. The paths are kept apart from the origin so the same
 * connector can talk to nid.naver.com / openapi.naver.com or to the local Naver mock.
 */

export const naverAuthorizationPath = '/oauth2.0/authorize';
export const naverTokenPath = '/oauth2.0/token';
export const naverUserInfoPath = '/v1/nid/me';

/** The real Naver hosts; the real service splits login (nid) and profile (openapi) across two origins. */
export const naverLoginOrigin = 'https://nid.naver.com';
export const naverOpenApiOrigin = 'https://openapi.naver.com';

export const naverConnectorMetadata = {
  factoryId: 'naver-universal',
  target: 'naver',
  name: { en: 'Naver', ko: '네이버' },
} as const;

/** Every call to Naver gives up after 5 s, as the real connector does. */
export const defaultTimeoutMs = 5000;

/** Naver's bodies are a few hundred bytes; anything far larger is not Naver. */
export const maxResponseBytes = 256 * 1024;
