/**
 * Requests as a browser sends them: the jar's cookies go out and what the answer sets is kept;
 * redirects are followed hop by hop, each one recorded, so a test sees the path a browser would take.
 */
import { fetch as undiciFetch } from 'undici';
import type { CookieJar } from './cookie-jar.ts';

/**
 * The user agent the driver's requests carry, as a browser's would: the tenant's audit log tells them
 * from an app's back-channel calls by it (recorded: the playground server's own entries say "undici").
 */
export const driverUserAgent = 'Mozilla/5.0 (X11; Linux x86_64) sandbox-driver';

/** One browser request: cookies sent and stored, redirects NOT followed; through the jar's dispatcher if it has one. */
export async function browserRequest(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('user-agent')) headers.set('user-agent', driverUserAgent);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const { dispatcher } = jar;
  // undici's own fetch for a dispatcher from the undici package (Node's built-in fetch bundles another undici).
  const response = dispatcher
    ? ((await undiciFetch(url, { ...(init as object), headers, redirect: 'manual', dispatcher } as never)) as unknown as Response)
    : await fetch(url, { ...init, headers, redirect: 'manual' });
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
