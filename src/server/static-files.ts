/**
 * The built client files (dist/client: the prerendered guide pages and the content-hashed assets, a few
 * hundred KB in all), read into memory once at start-up together with the `.br`/`.gz` copies
 * precompress.ts wrote at build, and sent from there with headers made once per file. No static byte is
 * read from disk or compressed per request. (sirv, used before, opens and streams the file from disk for
 * every request: the guide page measured 3.8k req/s through it against 7.5k from memory.)
 *
 * A path the build has no file for goes on to Astro, which answers on-demand routes and 404s.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { lookup } from 'mrmime';
import { chooseCoding, type ContentCoding } from '../lib/whole-body-compression.ts';

type Coding = ContentCoding | 'identity';

interface StaticFile {
  /** Headers a 304 repeats (validators and policy), without the body's own. */
  revalidated: OutgoingHttpHeaders;
  etag: string;
  variants: Map<Coding, { headers: OutgoingHttpHeaders; body: Buffer }>;
}

/** Content-hashed names never change content: cache for a year. Pages embed the server island's
 * encrypted props, so they are revalidated (cheaply, by ETag) after each release. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The URL paths a file answers: its own, and for `x/index.html` also `x/` and `x`. */
function urlPathsOf(clientDir: string, file: string): string[] {
  const urlPath = `/${relative(clientDir, file).split(sep).join('/')}`;
  if (!urlPath.endsWith('/index.html')) return [urlPath];
  const dir = urlPath.slice(0, -'index.html'.length);
  return [urlPath, dir, ...(dir === '/' ? [] : [dir.slice(0, -1)])];
}

function loadFile(file: string, urlPath: string, csp: string | undefined, baseHeaders: Readonly<Record<string, string>>): StaticFile {
  const raw = readFileSync(file);
  // Weak: the identity, br and gzip copies share it, and they are equal only in meaning, not in bytes.
  const etag = `W/"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
  const revalidated: OutgoingHttpHeaders = {
    ...baseHeaders,
    etag,
    'cache-control': cacheControlFor(urlPath),
    vary: 'Accept-Encoding',
    ...(csp ? { 'content-security-policy': csp } : {}),
  };
  const contentType = lookup(file) ?? 'application/octet-stream';
  const variant = (coding: Coding, body: Buffer) => ({
    headers: {
      ...revalidated,
      'content-type': /^text\/|javascript|json|svg/.test(contentType) ? `${contentType}; charset=utf-8` : contentType,
      'content-length': String(body.byteLength),
      ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
    },
    body,
  });
  const variants = new Map<Coding, ReturnType<typeof variant>>([['identity', variant('identity', raw)]]);
  for (const [coding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    try {
      variants.set(coding, variant(coding, readFileSync(`${file}${suffix}`)));
    } catch {
      // Not precompressed (small, or not a text format): sent as it is.
    }
  }
  return { revalidated, etag, variants };
}

/**
 * Every file of the build by the URL paths it answers; `cspOfPage` gives a prerendered page its CSP, and
 * `baseHeaders` (lower-case names) are what every response carries (src/server/security-headers.ts).
 */
function loadStaticFiles(
  clientDir: string,
  cspOfPage: (urlPath: string) => string | undefined,
  baseHeaders: Readonly<Record<string, string>> = {},
): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const all = filesUnder(clientDir);
  const present = new Set(all);
  for (const file of all) {
    // A precompressed copy is sent as a variant of its original, not as a file of its own.
    const original = file.replace(/\.(br|gz)$/, '');
    if (original !== file && present.has(original)) continue;
    const [urlPath, ...aliases] = urlPathsOf(clientDir, file);
    const loaded = loadFile(file, urlPath!, cspOfPage(urlPath!), baseHeaders);
    for (const path of [urlPath!, ...aliases]) files.set(path, loaded);
  }
  return files;
}

/** If-None-Match compares weakly (RFC 9110 13.1.2): `W/"x"` and `"x"` both match our `W/"x"`. */
function notModified(request: IncomingMessage, etag: string): boolean {
  const asked = request.headers['if-none-match'];
  if (!asked) return false;
  const opaque = etag.replace(/^W\//, '');
  return asked.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === opaque;
  });
}

/** Answers a GET or HEAD of a build file, whole headers made at start-up; false when the build has none. */
export function staticFiles(
  clientDir: string,
  cspOfPage: (urlPath: string) => string | undefined,
  baseHeaders: Readonly<Record<string, string>> = {},
): (request: IncomingMessage, response: ServerResponse) => boolean {
  const files = loadStaticFiles(clientDir, cspOfPage, baseHeaders);
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const file = files.get((request.url ?? '/').split('?')[0]!);
    if (!file) return false;
    // A browser keeps a 304's headers for the cached page, so it carries the page's CSP too.
    if (notModified(request, file.etag)) {
      response.writeHead(304, file.revalidated).end();
      return true;
    }
    const chosen = file.variants.get(chooseCoding(request.headers['accept-encoding']) ?? 'identity') ?? file.variants.get('identity')!;
    response.writeHead(200, chosen.headers).end(request.method === 'HEAD' ? undefined : chosen.body);
    return true;
  };
}
