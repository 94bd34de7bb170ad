/**
 * The requests the rate limit counts (src/rate-limit/counted-requests.ts), made as a browser without
 * JavaScript would: the playground's form posts (same-origin, with the hidden `lang` and `returnTo`
 * fields) and Logto's return to the callback. None follows its redirect.
 */
import type { Lang } from '../../src/i18n/languages.ts';

const formPosts = ['/playground/settings', '/playground/preflight', '/playground/sign-in', '/playground/sign-out'];

/** The n-th counted request, going round all five endpoints. */
export function countedRequest(n: number, origin: string, lang: Lang, headers: Record<string, string> = {}): Promise<Response> {
  const path = formPosts[n % 5];
  if (!path) {
    return fetch(`${origin}/playground/callback?code=made-up&state=made-up`, {
      redirect: 'manual',
      headers: { 'Accept-Language': lang, ...headers },
    });
  }
  return fetch(`${origin}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ lang, returnTo: `/${lang}/playground/` }),
  });
}
