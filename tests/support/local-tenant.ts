/**
 * Helpers to run extra local tenants in tests and to drive a sign-in through one without a browser:
 * a cookie jar, redirect following, and the sign-in page's own experience API calls
 * (src/local-tenant/pages/client/experience-flow.ts, the same module the page runs).
 */
import LogtoClient from '@logto/node';
import type { Prompt } from '@logto/node';
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import type { TenantConfig, TenantConfigInput } from '../../src/local-tenant/config/schema.ts';
import {
  callbackConnectorData,
  finishSocialSignIn,
  listSocialConnectors,
  startSocialSignIn,
} from '../../src/local-tenant/pages/client/experience-flow.ts';
import type { ExperienceHttp } from '../../src/local-tenant/pages/client/experience-flow.ts';
import { startLocalTenant } from '../../src/local-tenant/server.ts';
import type { LocalTenant } from '../../src/local-tenant/server.ts';
import { testSiteOrigin } from './ports.ts';

export type { LocalTenant };

export type TenantPatch = (config: TenantConfig) => TenantConfig | TenantConfigInput;

export type TestTenantOptions = {
  /** The site the tenant's default app redirects to (default: the site Playwright serves). */
  siteOrigin?: string;
  /** The host it listens on and names itself by (default: localhost). */
  host?: string;
};

/**
 * Starts a tenant on free ports with the default config, changed by `patch` (wrong secret, SPA app,
 * disabled connector, failing Naver profile call…). In a test, prefer the `startTenant` fixture
 * (tests/support/fixtures.ts), which closes it after the test; whoever calls this calls `close()`.
 */
export function startTestTenant(patch: TenantPatch = (config) => config, options: TestTenantOptions = {}): Promise<LocalTenant> {
  return startLocalTenant({
    siteOrigin: options.siteOrigin ?? testSiteOrigin,
    ...(options.host === undefined ? {} : { host: options.host }),
    config: (origins) => patch(buildDefaultTenantConfig(origins)),
  });
}

/** Cookies as a browser keeps them, per origin (enough for loopback tests: no domains, paths honoured). */
export class CookieJar {
  readonly #cookies = new Map<string, { value: string; path: string }>();

  #key(origin: string, name: string, path: string): string {
    return `${origin} ${path} ${name}`;
  }

  store(url: string, response: Response): void {
    const { origin } = new URL(url);
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const pathAttribute = attributes.map((part) => part.trim()).find((part) => part.toLowerCase().startsWith('path='));
      const path = pathAttribute ? pathAttribute.slice(5) : '/';
      const expired = attributes.some((part) => /^\s*expires=Thu, 01 Jan 1970/i.test(part)) || value === '';
      const key = this.#key(origin, name, path);
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { value, path });
    }
  }

  header(url: string): string {
    const { origin, pathname } = new URL(url);
    const pairs: string[] = [];
    for (const [key, cookie] of this.#cookies) {
      const [cookieOrigin = '', , name = ''] = key.split(' ');
      if (cookieOrigin === origin && pathname.startsWith(cookie.path)) pairs.push(`${name}=${cookie.value}`);
    }
    return pairs.join('; ');
  }

  names(url: string): string[] {
    return this.header(url)
      .split('; ')
      .filter(Boolean)
      .map((pair) => pair.slice(0, pair.indexOf('=')));
  }
}

/** The user agent the driver's requests carry, so the tenant's audit log tells them from an app's back channel. */
export const testBrowserUserAgent = 'Mozilla/5.0 (X11; Linux x86_64) local-tenant-test-browser';

/** One browser request: cookies sent and stored, redirects NOT followed. */
export async function browserRequest(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('user-agent')) headers.set('user-agent', testBrowserUserAgent);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

export type Hop = { method: string; url: string; status: number; location: string | null };

/**
 * Follows redirects like a browser until a page answers or the next hop leaves for `stopAtOrigin`
 * (the app: its callback is the app's business). Returns every hop and where it stopped.
 */
export async function followRedirects(
  jar: CookieJar,
  startUrl: string,
  stopAtOrigin?: string,
  hops: Hop[] = [],
): Promise<{ hops: Hop[]; url: string; response: Response | undefined }> {
  let url = startUrl;
  for (let count = 0; count < 20; count += 1) {
    if (stopAtOrigin && new URL(url).origin === stopAtOrigin) return { hops, url, response: undefined };
    const response = await browserRequest(jar, url);
    const location = response.headers.get('location');
    hops.push({ method: 'GET', url, status: response.status, location });
    if (response.status < 300 || response.status >= 400 || !location) return { hops, url, response };
    await response.body?.cancel();
    url = new URL(location, url).toString();
  }
  throw new Error(`too many redirects from ${startUrl}`);
}

/** The page script's same-origin fetch, with the jar standing in for the browser's cookies. */
export function experienceHttp(jar: CookieJar, endpoint: string): ExperienceHttp {
  return (method, path, body) =>
    browserRequest(jar, new URL(path, endpoint).toString(), {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
}

export type NaverChoice = { action: 'agree'; userId?: string } | { action: 'cancel' };

/**
 * What the reader does on the Naver mock's consent page: load it, then submit its form. Returns the
 * mock's redirect back to the tenant's `/callback/<connectorId>`.
 */
export async function answerNaverConsent(jar: CookieJar, authorizationUri: string, choice: NaverChoice): Promise<string> {
  const page = await browserRequest(jar, authorizationUri);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`Naver consent page answered ${page.status}: ${html.slice(0, 200)}`);
  const form = new URLSearchParams(new URL(authorizationUri).searchParams);
  form.set('action', choice.action);
  if (choice.action === 'agree') {
    const firstUser = /name="user_id"[^>]*value="([^"]+)"/.exec(html)?.[1];
    const userId = choice.userId ?? firstUser;
    if (!userId) throw new Error('the Naver consent page lists no test user');
    form.set('user_id', userId);
  }
  const response = await browserRequest(jar, new URL('/oauth2.0/authorize', authorizationUri).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`Naver consent answered ${response.status} without a redirect`);
  return location;
}

export type SignInOutcome = {
  /** Where the tenant finally sent the browser: the app's redirect URI with `code`, `state`, `iss`. */
  callbackUrl: string;
  hops: Hop[];
};

/**
 * A whole social sign-in through the tenant, as a browser running the sign-in page would do it:
 * `/oidc/auth…` → sign-in page → experience API → Naver consent → `/callback/<id>` → verify →
 * identification → submit → consent hop → the app's redirect URI.
 */
export async function signInThroughTenant(
  jar: CookieJar,
  authorizationUrl: string,
  options: { appOrigin: string; naver?: NaverChoice; username?: string },
): Promise<SignInOutcome> {
  const { endpoint, hops, url } = await reachSignInPage(jar, authorizationUrl, options.appOrigin);
  // The pages start a Register interaction on the register screen (sign-up mode), SignIn elsewhere.
  const page = new URL(url);
  const registering = page.pathname === '/register' || page.searchParams.get('fallback') === 'register';
  const http = experienceHttp(jar, endpoint);
  // The connectors of the app that asked (its own sign-in experience, if it has one).
  const connectors = await listSocialConnectors(http, appIdOf(authorizationUrl));
  const naver = connectors.find((connector) => connector.target === 'naver');
  if (!naver) throw new Error('the tenant lists no enabled Naver connector');
  const state = `state-${Math.random().toString(36).slice(2)}`;
  const redirectUri = `${endpoint}/callback/${naver.id}`;
  const { authorizationUri, verificationId } = await startSocialSignIn(http, {
    connectorId: naver.id,
    redirectUri,
    state,
    interactionEvent: registering ? 'Register' : 'SignIn',
  });
  const callback = await answerNaverConsent(jar, authorizationUri, options.naver ?? { action: 'agree' });
  const callbackPage = await browserRequest(jar, callback);
  if (callbackPage.status !== 200) throw new Error(`callback page answered ${callbackPage.status}`);
  await callbackPage.body?.cancel();
  const callbackQuery = new URL(callback).searchParams;
  if (callbackQuery.get('state') !== state) throw new Error('Naver returned a different state');
  const redirectTo = await finishSocialSignIn(http, {
    connectorId: naver.id,
    verificationId,
    connectorData: callbackConnectorData(callbackQuery, redirectUri, appIdOf(authorizationUrl)),
    chooseUsername: async () => {
      if (!options.username) throw new Error('the tenant asked for a username and none was given');
      return options.username;
    },
  });
  const finished = await followRedirects(jar, redirectTo, options.appOrigin, hops);
  return { callbackUrl: finished.url, hops: finished.hops };
}

/** The app an authorization URL is for (the sign-in page knows it as `app_id`). */
export function appIdOf(authorizationUrl: string): string | undefined {
  return new URL(authorizationUrl).searchParams.get('client_id') ?? undefined;
}

/** Follows `/oidc/auth` to the sign-in page (or direct sign-in page) and returns the tenant endpoint. */
export async function reachSignInPage(
  jar: CookieJar,
  authorizationUrl: string,
  appOrigin: string,
): Promise<{ endpoint: string; hops: Hop[]; url: string; response: Response | undefined }> {
  const endpoint = new URL(authorizationUrl).origin;
  const reached = await followRedirects(jar, authorizationUrl, appOrigin);
  await reached.response?.body?.cancel();
  return { endpoint, ...reached };
}

/**
 * A @logto/node client with in-memory storage that records where it would send the browser. Pass the
 * `storage` of an earlier client to get a new client over the same tokens (the SDK reads the access
 * tokens from storage only when it is created).
 */
export function createTestLogtoClient(config: {
  endpoint: string;
  appId: string;
  appSecret?: string | undefined;
  scopes?: string[] | undefined;
  prompt?: Prompt | undefined;
}, storage = new Map<string, string>()) {
  const navigations: string[] = [];
  const client = new LogtoClient(
    {
      endpoint: config.endpoint,
      appId: config.appId,
      scopes: config.scopes ?? ['email', 'identities'],
      ...(config.appSecret === undefined ? {} : { appSecret: config.appSecret }),
      ...(config.prompt === undefined ? {} : { prompt: config.prompt }),
    },
    {
      storage: {
        getItem: async (key) => storage.get(key) ?? null,
        setItem: async (key, value) => {
          storage.set(key, value);
        },
        removeItem: async (key) => {
          storage.delete(key);
        },
      },
      navigate: (url) => {
        navigations.push(url);
      },
    },
  );
  return { client, storage, navigations, lastNavigation: () => navigations.at(-1) ?? '' };
}
