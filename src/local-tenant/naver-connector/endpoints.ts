import {
  naverAuthorizationPath,
  naverLoginOrigin,
  naverOpenApiOrigin,
  naverTokenPath,
  naverUserInfoPath,
} from './constants.ts';
import { Agent, buildConnector } from 'undici';
import type { NaverEndpoints } from './types.ts';

/**
 * Connections for `hostname` go to `connectTo` instead, as curl's --connect-to does: the URL, the Host
 * header and TLS's server name stay the public name's. For a sandbox whose mock's public name is not
 * in DNS where the tenant runs (tests, one host behind a proxy): NAVER_MOCK_CONNECT.
 */
function connectingTo(hostname: string, connectTo: { host: string; port: number }) {
  const connect = buildConnector({});
  return new Agent({
    connect: (options, callback) =>
      options.hostname === hostname
        ? connect({ ...options, hostname: connectTo.host, port: String(connectTo.port), servername: hostname }, callback)
        : connect(options, callback),
  });
}

/** Naver's three endpoints under one origin: the local mock serves them all on its own port. */
export function naverEndpointsFor(origin: string, connectTo?: { host: string; port: number }): NaverEndpoints {
  const base = origin.replace(/\/+$/, '');
  return {
    authorizationEndpoint: `${base}${naverAuthorizationPath}`,
    tokenEndpoint: `${base}${naverTokenPath}`,
    userInfoEndpoint: `${base}${naverUserInfoPath}`,
    ...(connectTo ? { dispatcher: connectingTo(new URL(base).hostname, connectTo) } : {}),
  };
}

/** The real Naver: login on nid.naver.com, the profile API on openapi.naver.com. */
export const realNaverEndpoints: NaverEndpoints = {
  authorizationEndpoint: `${naverLoginOrigin}${naverAuthorizationPath}`,
  tokenEndpoint: `${naverLoginOrigin}${naverTokenPath}`,
  userInfoEndpoint: `${naverOpenApiOrigin}${naverUserInfoPath}`,
};
