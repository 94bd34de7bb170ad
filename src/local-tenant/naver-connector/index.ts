/**
 * A Naver social connector that behaves like @logto/connector-naver 1.4.6, with its endpoints passed
 * in so it can talk to the real Naver or to the local mock.
 */
export { naverConnectorConfigSchema } from './types.ts';
export type { NaverConnectorConfig, NaverEndpoints, NaverUserInfo } from './types.ts';
export { naverTokenResponseSchema, naverProfileResponseSchema } from './types.ts';
export { naverConnectorMetadata } from './constants.ts';
export { naverEndpointsFor, realNaverEndpoints } from './endpoints.ts';
export { getAuthorizationUri } from './authorization-uri.ts';
export { getAccessToken } from './access-token.ts';
export { getUserInfo, mapNaverProfile } from './user-info.ts';
export { ConnectorError } from './connector-error.ts';
export type { ConnectorErrorCode } from './connector-error.ts';
