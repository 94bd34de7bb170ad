/**
 * Cookies as a browser keeps them, per origin: enough for the loopback servers this drives (no domains;
 * paths honoured; a cookie set empty or expired in 1970 is dropped). Hand-written rather than
 * tough-cookie: the tenant, the mock and the site set host-only cookies on loopback, and this is all
 * that takes. The jar is the driver's browser: it also carries how that browser connects (`dispatcher`).
 */
import type { Dispatcher } from 'undici';

export class CookieJar {
  /**
   * How this browser reaches hosts, when not as Node resolves them: an undici dispatcher (such as one
   * with src/lib/connect-to.ts's rules, as Chromium's `--host-resolver-rules`). URLs and Host stay as given.
   */
  readonly dispatcher: Dispatcher | undefined;
  readonly #cookies = new Map<string, { value: string; path: string }>();

  constructor(options: { dispatcher?: Dispatcher | undefined } = {}) {
    this.dispatcher = options.dispatcher;
  }

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
