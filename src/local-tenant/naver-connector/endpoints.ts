import {
  naverAuthorizationPath,
  naverLoginOrigin,
  naverOpenApiOrigin,
  naverTokenPath,
  naverUserInfoPath,
} from './constants.ts';
import type { NaverEndpoints } from './types.ts';

/** Naver's three endpoints under one origin: the local mock serves them all on its own port. */
export function naverEndpointsFor(origin: string): NaverEndpoints {
  const base = origin.replace(/\/+$/, '');
  return {
    authorizationEndpoint: `${base}${naverAuthorizationPath}`,
    tokenEndpoint: `${base}${naverTokenPath}`,
    userInfoEndpoint: `${base}${naverUserInfoPath}`,
  };
}

/** The real Naver: login on nid.naver.com, the profile API on openapi.naver.com. */
export const realNaverEndpoints: NaverEndpoints = {
  authorizationEndpoint: `${naverLoginOrigin}${naverAuthorizationPath}`,
  tokenEndpoint: `${naverLoginOrigin}${naverTokenPath}`,
  userInfoEndpoint: `${naverOpenApiOrigin}${naverUserInfoPath}`,
};
