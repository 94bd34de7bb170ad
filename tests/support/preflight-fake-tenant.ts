import { readFileSync } from 'node:fs';
import { exportJWK, generateKeyPair } from 'jose';
import type { PreflightInput } from '../../src/preflight/types.ts';
import type { TenantFetch } from '../../src/tenant/http.ts';
import { sharedReference } from './shared-reference.ts';

/**
 * An in-memory stand-in for a Logto tenant's public interface, answering with the statuses and bodies
 * recorded from a real Logto (../shared/reference/real-logto-shapes.json): enough for the preflight's
 * decision tables, with knobs for each broken configuration. Integration tests use the real local tenant.
 * With `recorded`, discovery, RFC 8414 metadata and the JWKS headers are those a real Logto of that
 * version answered (v1.37.1, or real-logto-1.42/ for v1.42.0), moved to the fake's endpoint.
 */

/** The real Logto versions whose answers are recorded in ../shared/reference. */
export const recordedVersions = {
  '1.37': ['real-logto-shapes.json'],
  '1.42': ['real-logto-1.42', 'real-logto-shapes.json'],
} as const;
export type RecordedVersion = keyof typeof recordedVersions;

interface RecordedShapes {
  endpoint: string;
  discovery: { body: Record<string, unknown> };
  jwks: { headers: Record<string, string> };
  signIn: { idToken: { header: Record<string, unknown> } };
}

/** One version's recorded shapes, as probe.mjs saved them. */
export function recordedShapes(version: RecordedVersion): RecordedShapes {
  return JSON.parse(readFileSync(sharedReference(...recordedVersions[version]), 'utf8')) as RecordedShapes;
}

/** The recorded discovery document with the recorded tenant's origin replaced by `endpoint`. */
export function recordedDiscovery(version: RecordedVersion, endpoint: string): Record<string, unknown> {
  const shapes = recordedShapes(version);
  return JSON.parse(JSON.stringify(shapes.discovery.body).replaceAll(shapes.endpoint, endpoint)) as Record<string, unknown>;
}

export interface FakeApp {
  id: string;
  secret: string;
  type: 'Traditional' | 'SPA' | 'M2M';
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface FakeConnector {
  id: string;
  target: string;
  clientId: string;
  enabled: boolean;
}

export interface FakeTenantOptions {
  endpoint?: string;
  /** Every request fails as a refused connection does. */
  down?: boolean;
  discoveryStatus?: number;
  /** Replaces the discovery body (e.g. an HTML page). */
  discoveryBody?: string;
  issuer?: string;
  omitFromDiscovery?: string[];
  /** Replaces the JWKS keys (default: one ES384 signing key). */
  jwksKeys?: unknown[];
  apps?: FakeApp[];
  connectors?: FakeConnector[];
  /** The sign-in experience's sign-in mode (Logto's default: sign in and register). */
  signInMode?: 'SignIn' | 'SignInAndRegister';
  /** Answer discovery, RFC 8414 metadata and the JWKS headers as this recorded real Logto did. */
  recorded?: RecordedVersion;
  /** Keys added to the discovery document (a version newer than the records). */
  extraDiscovery?: Record<string, unknown>;
}

export const FAKE_ENDPOINT = 'http://tenant.test';
export const FAKE_SITE = 'http://site.test';
export const fakeApp: FakeApp = {
  id: 'k3n8v0b1q5c7x2m4z6l9a',
  secret: 'Qw3rTy7uI9oP1aS2dF4gH6jK8lZ0xC5v',
  type: 'Traditional',
  redirectUris: [`${FAKE_SITE}/playground/callback`],
  postLogoutRedirectUris: [`${FAKE_SITE}/playground/signed-out`],
};
export const fakeConnector: FakeConnector = { id: 'q8w2e4r6t1y3', target: 'naver', clientId: 'NaverClient123', enabled: true };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  redirect: RequestRedirect | undefined;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

const oidcError = (status: number, error: string, description: string, headers: Record<string, string> = {}) =>
  json(status, { code: `oidc.${error}`, message: `An OIDC error occurred: oidc.${error}.`, error, error_description: description }, headers);

export async function fakeTenant(options: FakeTenantOptions = {}) {
  const endpoint = options.endpoint ?? FAKE_ENDPOINT;
  const apps = options.apps ?? [fakeApp];
  const connectors = options.connectors ?? [fakeConnector];
  const { publicKey } = await generateKeyPair('ES384', { extractable: true });
  const keys = options.jwksKeys ?? [{ ...(await exportJWK(publicKey)), alg: 'ES384', use: 'sig', kid: 'fake-kid' }];
  const requests: RecordedRequest[] = [];
  const interactions = new Set<string>();

  const recorded = options.recorded ? recordedShapes(options.recorded) : undefined;
  const discovery: Record<string, unknown> = {
    ...(options.recorded ? recordedDiscovery(options.recorded, endpoint) : {}),
    ...options.extraDiscovery,
    issuer: options.issuer ?? `${endpoint}/oidc`,
    authorization_endpoint: `${endpoint}/oidc/auth`,
    token_endpoint: `${endpoint}/oidc/token`,
    userinfo_endpoint: `${endpoint}/oidc/me`,
    jwks_uri: `${endpoint}/oidc/jwks`,
    end_session_endpoint: `${endpoint}/oidc/session/end`,
    revocation_endpoint: `${endpoint}/oidc/token/revocation`,
    code_challenge_methods_supported: ['S256'],
    id_token_signing_alg_values_supported: ['ES384'],
  };
  for (const name of options.omitFromDiscovery ?? []) delete discovery[name];

  const clientAuth = (request: RecordedRequest, form: URLSearchParams) => {
    const header = request.headers.get('authorization');
    if (header?.startsWith('Basic ')) {
      const [id = '', secret = ''] = Buffer.from(header.slice(6), 'base64').toString().split(':').map(decodeURIComponent);
      return { id, secret, method: 'client_secret_basic' as const };
    }
    return { id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '', method: 'none' as const };
  };

  const cookieOf = (request: RecordedRequest, name: string) =>
    (request.headers.get('cookie') ?? '')
      .split(';')
      .map((pair) => pair.trim().split('='))
      .find(([key]) => key === name)?.[1];

  const route = (request: RecordedRequest): Response => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path === '/oidc/.well-known/openid-configuration') {
      if (options.discoveryBody !== undefined) return new Response(options.discoveryBody, { status: options.discoveryStatus ?? 200 });
      return json(options.discoveryStatus ?? 200, discovery);
    }
    // Logto 1.42 serves RFC 8414 metadata with the same keys; 1.37 has no such route (guard.not_found below).
    if (path === '/oidc/.well-known/oauth-authorization-server' && options.recorded === '1.42') return json(200, discovery);
    if (path === '/oidc/jwks') {
      const { 'content-type': _type, ...headers } = recorded?.jwks.headers ?? {};
      return json(200, { keys }, headers);
    }
    if (path === '/oidc/token' && request.method === 'POST') {
      const form = new URLSearchParams(request.body);
      const auth = clientAuth(request, form);
      const app = apps.find((candidate) => candidate.id === auth.id);
      const publicApp = app?.type === 'SPA';
      const authenticated =
        app && (publicApp ? auth.method === 'none' : auth.method === 'client_secret_basic' && auth.secret === app.secret);
      if (!authenticated) {
        const challenge = auth.method === 'client_secret_basic' ? { 'www-authenticate': 'Basic realm="x", error="invalid_client"' } : {};
        return oidcError(401, 'invalid_client', 'client authentication failed', challenge);
      }
      // As real Logto 1.37 answers (recorded in the reference notes).
      if (app.type === 'M2M') return oidcError(400, 'invalid_request', 'requested grant type is not allowed for this client');
      return oidcError(400, 'invalid_grant', 'grant request is invalid');
    }
    if (path === '/oidc/auth') {
      const app = apps.find((candidate) => candidate.id === url.searchParams.get('client_id'));
      if (!app) return oidcError(400, 'invalid_client', 'client is invalid');
      if (!app.redirectUris.includes(url.searchParams.get('redirect_uri') ?? '')) {
        return oidcError(400, 'invalid_redirect_uri', "redirect_uri did not match any of the client's registered redirect_uris");
      }
      const uid = `uid${interactions.size + 1}`;
      interactions.add(uid);
      const direct = url.searchParams.get('direct_sign_in');
      const location = direct ? `/direct/${direct.replace(':', '/')}?app_id=${app.id}&fallback=sign-in` : `/sign-in?app_id=${app.id}`;
      const headers = new Headers({ location });
      headers.append('set-cookie', `_interaction=${uid}; path=/; httponly`);
      headers.append('set-cookie', `_interaction_resume=${uid}; path=/oidc/auth/${uid}; httponly`);
      return new Response(`Redirecting to ${location}.`, { status: 303, headers });
    }
    if (path === '/oidc/session/end') {
      const app = apps.find((candidate) => candidate.id === url.searchParams.get('client_id'));
      if (!app) return oidcError(400, 'invalid_client', 'client is invalid');
      if (!app.postLogoutRedirectUris.includes(url.searchParams.get('post_logout_redirect_uri') ?? '')) {
        return oidcError(400, 'invalid_request', 'post_logout_redirect_uri not registered');
      }
      return new Response('<form method="post"></form>', { status: 200, headers: { 'content-type': 'text/html' } });
    }
    if (path === '/api/.well-known/sign-in-exp') {
      const enabled = connectors.filter((connector) => connector.enabled);
      return json(200, {
        signInMode: options.signInMode ?? 'SignInAndRegister',
        socialSignInConnectorTargets: enabled.map((connector) => connector.target),
        socialConnectors: enabled.map(({ id, target }) => ({ id, target, name: { en: target } })),
      });
    }
    const interaction = cookieOf(request, '_interaction');
    if (path === '/api/experience' && request.method === 'PUT') {
      if (!interaction || !interactions.has(interaction)) return json(400, { code: 'session.interaction_not_found' });
      return new Response(null, { status: 204 });
    }
    const social = /^\/api\/experience\/verification\/social\/([^/]+)\/authorization-uri$/.exec(path);
    if (social && request.method === 'POST') {
      if (!interaction || !interactions.has(interaction)) return json(400, { code: 'session.interaction_not_found' });
      const connector = connectors.find((candidate) => candidate.id === social[1]);
      if (!connector) return json(404, { code: 'entity.not_found' });
      const body = JSON.parse(request.body) as { state: string; redirectUri: string };
      const naver = new URL('https://nid.naver.com/oauth2.0/authorize');
      naver.search = new URLSearchParams({
        client_id: connector.clientId,
        redirect_uri: body.redirectUri,
        response_type: 'code',
        state: body.state,
      }).toString();
      return json(200, { authorizationUri: naver.href, verificationId: 'verification1' });
    }
    return json(404, { code: 'guard.not_found' });
  };

  const fetch: TenantFetch = async (url, init = {}) => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : '',
      redirect: init.redirect,
    };
    requests.push(request);
    if (options.down) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    // Every answer carries the server's clock, as real servers' Date headers do.
    const response = await route(request);
    if (!response.headers.has('date')) response.headers.set('date', new Date().toUTCString());
    return response;
  };

  return { fetch, requests, endpoint };
}

/** What the preflight is given for the fake app on `endpoint`: its id and secret, the playground's URIs at FAKE_SITE. */
export function fakePreflightInput(endpoint: string, overrides: Partial<PreflightInput> = {}): PreflightInput {
  return {
    endpoint,
    appId: fakeApp.id,
    appSecret: fakeApp.secret,
    redirectUri: `${FAKE_SITE}/playground/callback`,
    postSignOutRedirectUri: `${FAKE_SITE}/playground/signed-out`,
    target: 'naver',
    ...overrides,
  };
}
