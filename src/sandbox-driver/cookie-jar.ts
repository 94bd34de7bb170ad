/**
 * Cookies as a browser keeps them, per origin: enough for the loopback servers this drives (no domains;
 * paths honoured; a cookie set empty or expired in 1970 is dropped). Hand-written rather than
 * tough-cookie: the tenant, the mock and the site set host-only cookies on loopback, and this is all
 * that takes.
 */
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
