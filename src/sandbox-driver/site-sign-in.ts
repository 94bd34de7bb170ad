import { browserRequest } from './browser-request.ts';
import { CookieJar } from './cookie-jar.ts';
import { signInThroughTenant } from './tenant-sign-in.ts';

/**
 * One reader's whole sign-in through the site's playground over HTTP: the panel's "Sign in" (POST
 * /playground/sign-in, the built-in tenant unless the cookies name another), the tenant and its Naver
 * mock, back to the site's callback. Returns the site cookies it ends with; throws on any other answer.
 */
export async function signInThroughSite(site: string, jar: CookieJar = new CookieJar()): Promise<CookieJar> {
  const start = await browserRequest(jar, `${site}/playground/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site },
    body: new URLSearchParams({ lang: 'en', returnTo: '/en/' }).toString(),
  });
  const authorizationUrl = start.headers.get('location');
  await start.body?.cancel();
  if (start.status !== 303 || !authorizationUrl?.startsWith('http')) throw new Error(`sign-in answered ${start.status}`);
  const { callbackUrl } = await signInThroughTenant(jar, authorizationUrl, { appOrigin: site });
  const back = await browserRequest(jar, callbackUrl);
  await back.body?.cancel();
  if (back.status !== 303) throw new Error(`callback answered ${back.status}`);
  return jar;
}
