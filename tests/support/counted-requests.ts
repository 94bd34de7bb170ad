/**
 * The requests the rate limit counts (src/rate-limit/counted-requests.ts), made as a browser without
 * JavaScript would: the playground's form posts (same-origin, with the hidden `lang` and `returnTo`
 * fields) and Logto's return to the callback. None follows its redirect.
 */
import type { Lang } from '../../src/i18n/languages.ts';

export const countedFormPosts = [
  '/playground/settings',
  '/playground/scenario',
  '/playground/preflight',
  '/playground/sign-in',
  '/playground/sign-out',
  '/playground/refresh',
  '/playground/ask-tenant',
] as const;

export const callbackPath = '/playground/callback?code=made-up&state=made-up';

type Extra = { headers?: Record<string, string>; method?: string };

/** A post of one counted form (`method` HEAD or GET asks the same route another way). */
export function countedPost(path: string, origin: string, lang: Lang, { headers = {}, method = 'POST' }: Extra = {}): Promise<Response> {
  const posts = method === 'POST';
  return fetch(`${origin}${path}`, {
    method,
    redirect: 'manual',
    headers: { Origin: origin, 'Accept-Language': lang, ...(posts ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}), ...headers },
    ...(posts ? { body: new URLSearchParams({ lang, returnTo: `/${lang}/playground/` }) } : {}),
  });
}

/** Logto's return to the callback with a made-up code (`method` HEAD asks it as a HEAD). */
export function countedCallback(origin: string, lang: Lang, { headers = {}, method = 'GET' }: Extra = {}): Promise<Response> {
  return fetch(`${origin}${callbackPath}`, { method, redirect: 'manual', headers: { 'Accept-Language': lang, ...headers } });
}

/** The n-th counted request, going round all eight endpoints. */
export function countedRequest(n: number, origin: string, lang: Lang, headers: Record<string, string> = {}): Promise<Response> {
  const path = countedFormPosts[n % (countedFormPosts.length + 1)];
  return path ? countedPost(path, origin, lang, { headers }) : countedCallback(origin, lang, { headers });
}
