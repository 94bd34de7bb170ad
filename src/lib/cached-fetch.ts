/**
 * A short-lived, per-URL cache in front of the safe fetch for the two documents every flow reads and no
 * flow changes: a tenant's OpenID discovery and its JWKS. A sign-in post, its callback and the checks
 * then fetch each at most once per `ttlMs` per endpoint, however many parts of the flow ask.
 *
 * Only GETs without credentials are cached, only 200s, and never longer than `ttlMs`. A caller that knows
 * the cached copy is stale (a JWKS without the `kid` a token names) asks again with `cache: 'no-cache'`,
 * which refetches and replaces the entry (the preflight asks so for every request: its checks judge the
 * tenant as it answers now). A refetch that gets no 200 drops the entry. Answers served from the cache
 * carry `x-playground-cache: hit` and their `age` in seconds (HTTP's Age): their `Date` is that old.
 */

export interface CachedFetchOptions {
  ttlMs: number;
  /** Which URLs may be cached. */
  cacheable: (url: URL) => boolean;
  /** Entries kept at most (oldest dropped first): bounds memory however many endpoints readers try. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

export const CACHE_HIT_HEADER = 'x-playground-cache';

/** Discovery and JWKS documents, as every OIDC provider names them (Logto: /oidc/.well-known/…, /oidc/jwks). */
export function isDiscoveryOrJwks(url: URL): boolean {
  return url.pathname.endsWith('/.well-known/openid-configuration') || url.pathname.endsWith('/jwks');
}

export function createCachedFetch(baseFetch: typeof fetch, options: CachedFetchOptions): typeof fetch {
  const { ttlMs, cacheable, maxEntries = 200, now = Date.now } = options;
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<Entry | Response>>();

  const toResponse = (entry: Entry, hit: boolean) => {
    const age = String(Math.max(0, Math.floor((now() - entry.storedAt) / 1000)));
    const marks: [string, string][] = hit ? [[CACHE_HIT_HEADER, 'hit'], ['age', age]] : [];
    return new Response(entry.body.slice(0), { status: entry.status, headers: [...entry.headers.filter(([name]) => name !== 'age'), ...marks] });
  };

  const load = async (key: string, input: string | URL | Request, init?: RequestInit): Promise<Entry | Response> => {
    let response: Response;
    try {
      response = await baseFetch(input, init);
    } catch (error) {
      // The tenant no longer answers: an older copy says nothing about it now.
      entries.delete(key);
      throw error;
    }
    if (response.status !== 200) {
      entries.delete(key);
      return response;
    }
    const entry: Entry = { storedAt: now(), status: 200, headers: [...response.headers], body: await response.arrayBuffer() };
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return entry;
  };

  const cachedFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers);
    if (method !== 'GET' || headers.has('authorization') || headers.has('cookie') || !cacheable(url)) return baseFetch(input, init);
    const key = url.href;
    const fresh = entries.get(key);
    if (fresh && init?.cache !== 'no-cache' && now() - fresh.storedAt < ttlMs) return toResponse(fresh, true);
    // Requests for the same document at the same moment share one fetch.
    let loading = pending.get(key);
    if (!loading) {
      loading = load(key, input, init).finally(() => pending.delete(key));
      pending.set(key, loading);
    }
    const loaded = await loading;
    return loaded instanceof Response ? loaded : toResponse(loaded, false);
  };
  return cachedFetch as typeof fetch;
}
