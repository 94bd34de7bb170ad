/**
 * The production server's short-lived copies of the playground panel (the guide's server island).
 *
 * What the panel shows is decided by the island URL (which page, which language), the origin it is
 * served as, and the reader's playground cookies; nothing else the reader sends changes it. So the server
 * keeps each render for a short time under exactly those, and answers the same request again itself,
 * before Astro, with the kept bytes (compressed once per encoding, on first use). Every reader without
 * playground cookies shares one copy per island URL; a reader with cookies gets back only what was
 * rendered for those same cookies (values included: any change of state is a new cookie value, so a
 * fresh render). A render that set a cookie (clearing a one-time notice) or wasn't a 200 is never kept.
 *
 * Astro's middleware hands each finished render over (src/middleware/island-render.ts) through the
 * `locals.keepIslandRender` this passes only for requests that qualify, so what qualifies, and under
 * which key, is decided here alone.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { chooseCoding, compressBody, isCompressible, varyOnAcceptEncoding, type ContentCoding } from '../lib/whole-body-compression.ts';
import { readerStateCookies } from '../playground/state/reader-state.ts';

/** What Astro rendered for a qualifying request: a 200 that set no cookie, uncompressed. */
export interface KeptRender {
  headers: [string, string][];
  body: Uint8Array;
}

type Coding = ContentCoding | 'identity';
type Variant = { headers: OutgoingHttpHeaders; body: Uint8Array };

class Entry {
  readonly storedAt: number;
  readonly #common: OutgoingHttpHeaders;
  readonly #vary: string;
  readonly #compressible: boolean;
  readonly #variants = new Map<Coding, Variant>();

  constructor(render: KeptRender, storedAt: number, baseHeaders: Readonly<Record<string, string>>) {
    this.storedAt = storedAt;
    this.#common = { ...baseHeaders };
    let vary: string | undefined;
    let contentType: string | undefined;
    for (const [name, value] of render.headers) {
      const lower = name.toLowerCase();
      if (lower === 'vary') vary = value;
      // Each variant says its own length and encoding.
      else if (!['content-length', 'content-encoding', 'transfer-encoding'].includes(lower)) this.#common[lower] = value;
      if (lower === 'content-type') contentType = value;
    }
    this.#vary = varyOnAcceptEncoding(vary);
    this.#compressible = isCompressible(contentType, render.body.byteLength);
    this.#variants.set('identity', this.#variant('identity', render.body));
  }

  get bytes(): number {
    let total = 0;
    for (const variant of this.#variants.values()) total += variant.body.byteLength;
    return total;
  }

  /** The copy for this Accept-Encoding; a compressed one is made the first time it is asked for. */
  variantFor(acceptEncoding: string | undefined): Variant {
    const coding = this.#compressible ? chooseCoding(acceptEncoding) : undefined;
    const identity = this.#variants.get('identity')!;
    if (!coding) return identity;
    let variant = this.#variants.get(coding);
    if (!variant) {
      variant = this.#variant(coding, compressBody(identity.body, coding));
      this.#variants.set(coding, variant);
    }
    return variant;
  }

  #variant(coding: Coding, body: Uint8Array): Variant {
    const headers: OutgoingHttpHeaders = { ...this.#common, vary: this.#vary, 'content-length': String(body.byteLength) };
    if (coding !== 'identity') headers['content-encoding'] = coding;
    return { headers, body };
  }
}

export interface IslandRenderCacheOptions {
  /** What every response carries (lower-case names, src/server/security-headers.ts); the render's own
   * headers (its CSP among them) take precedence. */
  baseHeaders?: Readonly<Record<string, string>>;
  /** How long one render is served; a new release or a changed default shows within this. */
  ttlMs?: number;
  /** Bytes kept at most (every copy of every render); the least recently used go first. */
  maxBytes?: number;
  now?: () => number;
}

const islandPrefix = '/_server-islands/';

export function createIslandRenderCache({ baseHeaders = {}, ttlMs = 30_000, maxBytes = 16 * 1024 * 1024, now = Date.now }: IslandRenderCacheOptions = {}) {
  const entries = new LRUCache<string, Entry>({
    ttl: ttlMs,
    maxSize: maxBytes,
    sizeCalculation: (entry) => Math.max(1, entry.bytes),
    ttlResolution: 0,
    perf: { now },
  });
  // A render may hold a reader's claims and trace: drop it once expired, not only when next looked up
  // or pushed out by size.
  setInterval(() => entries.purgeStale(), ttlMs).unref();

  /** The key for a qualifying request (a GET of the island), or undefined. */
  function keyOf(request: IncomingMessage, origin: URL): string | undefined {
    if (request.method !== 'GET' || !(request.url ?? '').startsWith(islandPrefix)) return undefined;
    // The panel shows redirect URIs built from the origin, so the origin is part of the key. Hashed:
    // cookies are several KB, and what is kept in memory need not hold them.
    const material = [origin.origin, request.url, ...readerStateCookies(request.headers.cookie)].join('\n');
    return createHash('sha256').update(material).digest('base64url');
  }

  return {
    /** Answers a qualifying request from a fresh copy; false when there is none to answer with. */
    answer(request: IncomingMessage, response: ServerResponse, origin: URL): boolean {
      const key = keyOf(request, origin);
      const entry = key === undefined ? undefined : entries.get(key);
      if (!entry) return false;
      const bytesBefore = entry.bytes;
      const variant = entry.variantFor(request.headers['accept-encoding']);
      if (entry.bytes !== bytesBefore) {
        // A new compressed copy made the entry bigger. lru-cache counts an entry's size when it is set
        // (not again for the same value), so set it anew, still timed from when it was rendered.
        entries.delete(key!);
        entries.set(key!, entry, { start: entry.storedAt });
      }
      response.writeHead(200, variant.headers).end(variant.body);
      return true;
    },
    /** For a qualifying request, what Astro's middleware hands the finished render to; otherwise undefined. */
    keeperFor(request: IncomingMessage, origin: URL): ((render: KeptRender) => void) | undefined {
      const key = keyOf(request, origin);
      if (key === undefined) return undefined;
      return (render) => {
        const storedAt = now();
        entries.set(key, new Entry(render, storedAt, baseHeaders), { start: storedAt });
      };
    },
  };
}
