/**
 * The two URIs a reader registers on their Logto app for the playground. One source of truth: the
 * widget, the guide and the preflight all build them here.
 *
 * Pure on purpose (no astro:env import) so the preflight CLI can use it under plain Node; Astro code
 * gets the configured origin from `./site-origin.ts`.
 */

export const PLAYGROUND_CALLBACK_PATH = '/playground/callback';
export const PLAYGROUND_SIGNED_OUT_PATH = '/playground/signed-out';

/**
 * The site origin: the configured `SITE_ORIGIN` when set (a deployment behind a proxy knows its public
 * origin better than the request does), otherwise the origin of the request being served.
 */
export function resolveSiteOrigin(requestUrl: URL | string, configuredOrigin?: string | undefined): string {
  return new URL(configuredOrigin || requestUrl).origin;
}

/** Redirect URI: `{site origin}/playground/callback`. */
export function playgroundRedirectUri(siteOrigin: string): string {
  return new URL(PLAYGROUND_CALLBACK_PATH, siteOrigin).href;
}

/** Post sign-out redirect URI: `{site origin}/playground/signed-out`. */
export function playgroundPostSignOutUri(siteOrigin: string): string {
  return new URL(PLAYGROUND_SIGNED_OUT_PATH, siteOrigin).href;
}

export function playgroundUris(siteOrigin: string): { redirectUri: string; postSignOutRedirectUri: string } {
  return {
    redirectUri: playgroundRedirectUri(siteOrigin),
    postSignOutRedirectUri: playgroundPostSignOutUri(siteOrigin),
  };
}
