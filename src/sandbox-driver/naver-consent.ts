/**
 * What a reader does on the Naver mock's consent page, without a browser: load the page, then submit its
 * form (agree as one of its test users, or cancel), exactly as the page's own form posts it.
 */
import { browserRequest } from './browser-request.ts';
import type { CookieJar } from './cookie-jar.ts';

/**
 * `shareEmail`: the consent page's 이메일 주소 box (ticked on the page): `true` sends it ticked, as a
 * browser does, `false` unticked; left out, the form goes without it (the mock then withholds the email
 * only where the Naver app asks for it as optional).
 */
export type NaverChoice = { action: 'agree'; userId?: string; shareEmail?: boolean } | { action: 'cancel' };

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
    if (choice.shareEmail && html.includes('name="share_email"')) form.set('share_email', 'on');
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
