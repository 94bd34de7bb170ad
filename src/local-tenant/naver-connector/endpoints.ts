import {
  naverAuthorizationPath,
  naverLoginOrigin,
  naverOpenApiOrigin,
  naverTokenPath,
  naverUserInfoPath,
} from './constants.ts';
import { Agent } from 'undici';
import { connectToConnector, connectToRule, type ConnectTo } from '../../lib/connect-to.ts';
import type { NaverEndpoints } from './types.ts';

/** Naver's three endpoints under one origin: the local mock serves them all on its own port. */
/**
 * `connectTo` (NAVER_MOCK_CONNECT): the token and profile calls for the mock's public origin connect
 * there instead, as curl's --connect-to does (src/lib/connect-to.ts), for a mock whose public name is not
 * in DNS where the tenant runs (tests, one host behind a proxy).
 */
export function naverEndpointsFor(origin: string, connectTo?: ConnectTo): NaverEndpoints {
  const base = origin.replace(/\/+$/, '');
  return {
    authorizationEndpoint: `${base}${naverAuthorizationPath}`,
    tokenEndpoint: `${base}${naverTokenPath}`,
    userInfoEndpoint: `${base}${naverUserInfoPath}`,
    ...(connectTo ? { dispatcher: new Agent({ connect: connectToConnector(connectToRule(base, connectTo)) }) } : {}),
  };
}

/** The real Naver: login on nid.naver.com, the profile API on openapi.naver.com. */
export const realNaverEndpoints: NaverEndpoints = {
  authorizationEndpoint: `${naverLoginOrigin}${naverAuthorizationPath}`,
  tokenEndpoint: `${naverLoginOrigin}${naverTokenPath}`,
  userInfoEndpoint: `${naverOpenApiOrigin}${naverUserInfoPath}`,
};
