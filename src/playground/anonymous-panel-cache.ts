/**
 * The panel a reader without playground cookies sees is the same for every such reader (the local
 * tenant's defaults, nothing personal), so the server island renders it once per URL and serves that
 * copy for a short time. Readers with any `pg_` cookie always get their own render. What is cached never
 * carries a cookie: a render that set one is not kept.
 */
import { COOKIE_NAMES } from './state/reader-state.ts';

const TTL_MS = 30_000;
const MAX_ENTRIES = 64;

interface Entry {
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

const playgroundCookies = Object.values(COOKIE_NAMES);

/** Whether a request carries none of the playground's cookies (so its panel is everyone's). */
export function isAnonymous(cookieHeader: string | null): boolean {
  if (!cookieHeader) return true;
  const names = cookieHeader.split(';').map((pair) => pair.split('=', 1)[0]!.trim());
  return !names.some((name) => playgroundCookies.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

export function createAnonymousPanelCache(now: () => number = Date.now) {
  const entries = new Map<string, Entry>();
  return {
    /** A fresh copy of the cached answer for this URL, if there is one. */
    get(url: string): Response | undefined {
      const entry = entries.get(url);
      if (!entry || now() - entry.storedAt >= TTL_MS) return undefined;
      return new Response(entry.body.slice(0), { status: entry.status, headers: entry.headers });
    },
    /** Keeps a 200 that set no cookie; returns the response to send (the original is consumed). */
    async keep(url: string, response: Response): Promise<Response> {
      if (response.status !== 200 || response.headers.has('set-cookie')) return response;
      const entry: Entry = { storedAt: now(), status: 200, headers: [...response.headers], body: await response.arrayBuffer() };
      entries.delete(url);
      entries.set(url, entry);
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return new Response(entry.body.slice(0), { status: entry.status, headers: entry.headers });
    },
  };
}
