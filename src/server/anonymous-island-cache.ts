/**
 * The production server's short-lived copy of the panel that a reader without playground cookies sees.
 * That panel is the same for every such reader of one origin (the local tenant's defaults, nothing
 * personal), and every guide page view asks for it, so the server keeps the render of each island URL for
 * a short time and answers repeats itself, before Astro: the kept bytes and their brotli and gzip copies
 * (compressed once, when kept) are written as they are. Readers with any playground cookie always get
 * their own render.
 *
 * Astro's middleware hands the finished render over (src/middleware/anonymous-panel.ts) through the
 * `locals.keepAnonymousPanel` this passes only for requests that qualify, so which requests share a
 * panel is decided here alone.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { chooseCoding, compressBody, isCompressible, varyOnAcceptEncoding, type ContentCoding } from '../lib/whole-body-compression.ts';
import { carriesReaderState } from '../playground/state/reader-state.ts';

/** What Astro rendered for a qualifying request: a 200 that set no cookie, uncompressed. */
export interface KeptPanel {
  headers: [string, string][];
  body: Uint8Array;
}

type Coding = ContentCoding | 'identity';

interface Entry {
  storedAt: number;
  variants: Map<Coding, { headers: OutgoingHttpHeaders; body: Uint8Array }>;
}

export interface AnonymousIslandCacheOptions {
  /** How long one render is served; a new release or a changed default shows within this. */
  ttlMs?: number;
  /** Island URLs kept at once (each page and language has one); the oldest is dropped first. */
  maxEntries?: number;
  now?: () => number;
}

const islandPrefix = '/_server-islands/';
/** Headers that describe the bytes: each variant sets its own. */
const perVariant = new Set(['content-length', 'content-encoding', 'vary', 'transfer-encoding']);

function variantsOf(panel: KeptPanel): Entry['variants'] {
  const common: OutgoingHttpHeaders = {};
  let vary: string | undefined;
  let contentType: string | undefined;
  for (const [name, value] of panel.headers) {
    const lower = name.toLowerCase();
    if (lower === 'vary') vary = value;
    else if (!perVariant.has(lower)) common[lower] = value;
    if (lower === 'content-type') contentType = value;
  }
  const variant = (coding: Coding, body: Uint8Array) => ({
    headers: {
      ...common,
      vary: varyOnAcceptEncoding(vary),
      'content-length': String(body.byteLength),
      ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
    },
    body,
  });
  const variants: Entry['variants'] = new Map([['identity', variant('identity', panel.body)]]);
  if (isCompressible(contentType, panel.body.byteLength)) {
    for (const coding of ['br', 'gzip'] as const) variants.set(coding, variant(coding, compressBody(panel.body, coding)));
  }
  return variants;
}

export function createAnonymousIslandCache({ ttlMs = 30_000, maxEntries = 64, now = Date.now }: AnonymousIslandCacheOptions = {}) {
  const entries = new Map<string, Entry>();
  const qualifies = (request: IncomingMessage) =>
    request.method === 'GET' && (request.url ?? '').startsWith(islandPrefix) && !carriesReaderState(request.headers.cookie);
  // The panel shows redirect URIs built from the origin, so the origin is part of the key.
  const keyOf = (request: IncomingMessage, origin: URL) => `${origin.origin}${request.url}`;

  return {
    /** Answers a qualifying request from a fresh copy; false when there is none to answer with. */
    answer(request: IncomingMessage, response: ServerResponse, origin: URL): boolean {
      if (!qualifies(request)) return false;
      const entry = entries.get(keyOf(request, origin));
      if (!entry || now() - entry.storedAt >= ttlMs) return false;
      const variants = entry.variants;
      const chosen = variants.get(chooseCoding(request.headers['accept-encoding']) ?? 'identity') ?? variants.get('identity')!;
      response.writeHead(200, chosen.headers).end(chosen.body);
      return true;
    },
    /** For a qualifying request, what Astro's middleware hands the finished render to; otherwise undefined. */
    keeperFor(request: IncomingMessage, origin: URL): ((panel: KeptPanel) => void) | undefined {
      if (!qualifies(request)) return undefined;
      const key = keyOf(request, origin);
      return (panel) => {
        entries.delete(key);
        entries.set(key, { storedAt: now(), variants: variantsOf(panel) });
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      };
    },
  };
}

export type AnonymousIslandCache = ReturnType<typeof createAnonymousIslandCache>;
