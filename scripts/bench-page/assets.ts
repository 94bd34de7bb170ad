/**
 * What a page costs a reader: the page and everything it pulls in (stylesheets, scripts and their
 * imports, preloads such as the server island, fonts from CSS), fetched through a loader, and the bytes
 * by type, raw and gzip. Inline scripts are counted as JS and inline stylesheets as CSS (each gzipped on
 * its own), not as HTML.
 */
import { gzipSync } from 'node:zlib';

export type Kind = 'HTML' | 'JS' | 'CSS' | 'fonts' | 'other';
export const kinds: readonly Kind[] = ['HTML', 'JS', 'CSS', 'fonts', 'other'];

export interface Asset {
  kind: Kind;
  label: string;
  bytes: Buffer;
}

export type Loader = (url: URL) => Promise<{ bytes: Buffer; contentType: string } | undefined>;

export function kindOf(url: string, contentType = ''): Kind {
  if (/\.woff2?$|\.ttf$|\.otf$/.test(url) || contentType.startsWith('font/')) return 'fonts';
  if (/\.m?js$/.test(url) || contentType.includes('javascript')) return 'JS';
  if (/\.css$/.test(url) || contentType.includes('text/css')) return 'CSS';
  if (contentType.includes('text/html')) return 'HTML';
  return 'other';
}

/** External references of an HTML document: scripts, stylesheets, preloads (the island's fetch is one). */
function htmlReferences(html: string): string[] {
  const refs = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|preload|modulepreload)"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|preload|modulepreload)"/g),
  ].map((m) => m[1] ?? '');
  return refs.map((ref) => ref.replaceAll('&amp;', '&'));
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter((s) => s.trim());
}

function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').filter((s) => s.trim());
}

function jsImports(js: string): string[] {
  return [...js.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1] ?? '');
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? '').filter((u) => !u.startsWith('data:'));
}

/** Fetches a page and everything it pulls in, following JS imports and CSS urls. */
export async function collect(load: Loader, pageUrl: URL): Promise<Asset[]> {
  const assets: Asset[] = [];
  const seen = new Set<string>();
  const queue: URL[] = [pageUrl];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url.href) || url.origin !== pageUrl.origin) continue;
    seen.add(url.href);
    const loaded = await load(url);
    if (!loaded) continue;
    const kind = kindOf(url.pathname, loaded.contentType);
    const text = loaded.bytes.toString('utf8');
    const isIsland = url.pathname.startsWith('/_server-islands/');
    const label = isIsland ? `${url.pathname} (server island)` : url.pathname;
    if (kind === 'HTML') {
      // Inline scripts and stylesheets travel inside the HTML but are JavaScript and CSS all the same.
      let html = text;
      for (const [index, script] of inlineScripts(text).entries()) {
        assets.push({ kind: 'JS', label: `${label} inline script ${index + 1}`, bytes: Buffer.from(script) });
        html = html.replace(script, '');
      }
      for (const [index, style] of inlineStyles(text).entries()) {
        assets.push({ kind: 'CSS', label: `${label} inline stylesheet ${index + 1}`, bytes: Buffer.from(style) });
        html = html.replace(style, '');
      }
      assets.push({ kind, label, bytes: Buffer.from(html) });
      for (const ref of htmlReferences(text)) queue.push(new URL(ref, url));
    } else {
      assets.push({ kind, label, bytes: loaded.bytes });
      if (kind === 'JS') for (const ref of jsImports(text)) queue.push(new URL(ref, url));
      if (kind === 'CSS') for (const ref of cssUrls(text)) queue.push(new URL(ref, url));
    }
  }
  return assets;
}

/** Loads over HTTP (the built server, or a static server). */
export const fetchLoader: Loader = async (url) => {
  const response = await fetch(url);
  if (!response.ok) return undefined;
  return { bytes: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
};

export interface Weight {
  kind: Kind;
  files: number;
  raw: number;
  gzip: number;
}

/** The bytes by type (every kind, in `kinds` order), raw and gzip, each file gzipped on its own. */
export function weightByKind(assets: readonly Asset[]): Weight[] {
  return kinds.map((kind) => {
    const ofKind = assets.filter((asset) => asset.kind === kind);
    return {
      kind,
      files: ofKind.length,
      raw: ofKind.reduce((sum, asset) => sum + asset.bytes.length, 0),
      gzip: ofKind.reduce((sum, asset) => sum + gzipSync(asset.bytes).length, 0),
    };
  });
}

export function totalOf(weights: readonly Weight[]): { raw: number; gzip: number } {
  return weights.reduce((sum, weight) => ({ raw: sum.raw + weight.raw, gzip: sum.gzip + weight.gzip }), { raw: 0, gzip: 0 });
}
