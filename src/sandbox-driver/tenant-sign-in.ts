/**
 * A whole social sign-in through the local tenant without a browser: the redirects a browser follows,
 * and the sign-in page's own experience API calls (src/local-tenant/pages/client/experience-flow.ts, the
 * same module the page runs), with a cookie jar standing in for the browser's cookies.
 */
import {
  callbackConnectorData,
  finishSocialSignIn,
  listSocialConnectors,
  startSocialSignIn,
} from '../local-tenant/pages/client/experience-flow.ts';
import type { ExperienceHttp } from '../local-tenant/pages/client/experience-flow.ts';
import { browserRequest, followRedirects, type Hop } from './browser-request.ts';
import type { CookieJar } from './cookie-jar.ts';
import { answerNaverConsent, type NaverChoice } from './naver-consent.ts';

/** The page script's same-origin fetch, with the jar standing in for the browser's cookies. */
export function experienceHttp(jar: CookieJar, endpoint: string): ExperienceHttp {
  return (method, path, body) =>
    browserRequest(jar, new URL(path, endpoint).toString(), {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
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
