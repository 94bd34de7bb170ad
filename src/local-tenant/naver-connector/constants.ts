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

/** The connector package's metadata (connector-naver's constant.ts), as the Management API lists it. */
export const naverConnectorMetadata = {
  factoryId: 'naver-universal',
  target: 'naver',
  platform: 'Universal',
  name: { en: 'Naver', 'zh-CN': 'Naver', 'tr-TR': 'Naver', ko: '네이버' },
  description: {
    en: 'Naver is the most leading internet service provider in South Korea',
    'zh-CN': 'Naver is the most leading internet service provider in South Korea',
    'tr-TR': 'Naver is the most leading internet service provider in South Korea',
    ko: '네이버는 한국에서 가장 선도적인 인터넷 서비스 제공자 입니다.',
  },
  formItems: [
    { key: 'clientId', type: 'Text', required: true, label: 'Client ID', placeholder: '<client-id>' },
    { key: 'clientSecret', type: 'Text', required: true, label: 'Client Secret', placeholder: '<client-secret>' },
  ],
} as const;

/** Every call to Naver gives up after 5 s, as the real connector does. */
export const defaultTimeoutMs = 5000;

/** Naver's bodies are a few hundred bytes; anything far larger is not Naver. */
export const maxResponseBytes = 256 * 1024;
