/**
 * `npm run bench:page`: what the guide page costs a reader. Builds the site if there is no build (or a
 * source is newer), starts the built server with the local tenant through the launcher, fetches /en/ and
 * everything it loads (stylesheets, scripts and their imports, the server island, fonts), and prints the
 * bytes by type, raw and gzip. Runs Lighthouse (mobile) when a `lighthouse` binary exists. Its options:
 * `usage` below (`npm run bench:page -- --help`).
 *
 * Inline scripts are counted as JS (each gzipped on its own), not as HTML. The JS budget is 10 KB gzip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { abortOnSignals, buildSiteIfNeeded, launchStack, type Stack } from '../src/launcher/index.ts';
import { parseScriptArgs } from './support/script-args.ts';

type Kind = 'HTML' | 'JS' | 'CSS' | 'fonts' | 'other';
interface Asset {
  kind: Kind;
  label: string;
  bytes: Buffer;
}

const usage = `npm run bench:page                   the guide page's weight, served by the built site (default)
npm run bench:page -- --static       read <outDir>/client only: no server, no island
npm run bench:page -- --path /ko/    another page

Builds the site first when there is no build or a source is newer than it.`;

const JS_BUDGET_GZIP = 10 * 1024;
const { static: staticMode, path: pagePath } = parseScriptArgs({
  usage,
  options: { static: { type: 'boolean' }, path: { type: 'string' } },
  schema: z.object({ static: z.boolean().default(false), path: z.string().startsWith('/', 'a path on the site, like /ko/').default('/en/') }),
});
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';

/** The built server with the local tenant (so the playground island renders as it would for a reader). */
function startServers(signal: AbortSignal): Promise<Stack> {
  return launchStack({
    build: 'if-stale',
    pinSiteOrigin: true,
    env: { ...process.env, COOKIE_SECRET: process.env['COOKIE_SECRET'] ?? 'bench-only-cookie-secret-0123456789abcdef' },
    signal,
  });
}

function kindOf(url: string, contentType = ''): Kind {
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

function jsImports(js: string): string[] {
  return [...js.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((m) => m[1] ?? '');
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? '').filter((u) => !u.startsWith('data:'));
}

/** Fetches a page and everything it pulls in, following JS imports and CSS urls. */
async function collect(load: (url: URL) => Promise<{ bytes: Buffer; contentType: string } | undefined>, pageUrl: URL) {
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
      // Inline scripts travel inside the HTML but are JavaScript all the same: count them as JS.
      let html = text;
      for (const [index, script] of inlineScripts(text).entries()) {
        assets.push({ kind: 'JS', label: `${label} inline script ${index + 1}`, bytes: Buffer.from(script) });
        html = html.replace(script, '');
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

async function serverLoader(url: URL) {
  const response = await fetch(url);
  if (!response.ok) return undefined;
  return { bytes: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
}

function staticLoader(url: URL) {
  const relative = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  const file = join(outDir, 'client', relative);
  if (!existsSync(file)) return Promise.resolve(undefined);
  const contentType = file.endsWith('.html') ? 'text/html' : '';
  return Promise.resolve({ bytes: readFileSync(file), contentType });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`.padStart(11);
}

function report(assets: Asset[]): boolean {
  const kinds: Kind[] = ['HTML', 'JS', 'CSS', 'fonts', 'other'];
  console.log('\nFiles');
  for (const asset of assets) {
    console.log(`  ${asset.kind.padEnd(6)}${kb(asset.bytes.length)} raw${kb(gzipSync(asset.bytes).length)} gzip  ${asset.label}`);
  }
  console.log('\nBy type                 raw         gzip');
  let totalRaw = 0;
  let totalGzip = 0;
  let jsGzip = 0;
  for (const kind of kinds) {
    const ofKind = assets.filter((asset) => asset.kind === kind);
    const raw = ofKind.reduce((sum, asset) => sum + asset.bytes.length, 0);
    const gzip = ofKind.reduce((sum, asset) => sum + gzipSync(asset.bytes).length, 0);
    if (kind === 'JS') jsGzip = gzip;
    totalRaw += raw;
    totalGzip += gzip;
    console.log(`  ${`${kind} (${ofKind.length})`.padEnd(14)}${kb(raw)}  ${kb(gzip)}`);
  }
  console.log(`  ${'total'.padEnd(14)}${kb(totalRaw)}  ${kb(totalGzip)}`);
  const within = jsGzip <= JS_BUDGET_GZIP;
  console.log(`\nJavaScript: ${(jsGzip / 1024).toFixed(2)} KB gzip of a ${JS_BUDGET_GZIP / 1024} KB budget: ${within ? 'within budget' : 'OVER BUDGET'}`);
  return within;
}

function findLighthouse(): string | undefined {
  const dirs = [join('node_modules', '.bin'), ...(process.env['PATH'] ?? '').split(delimiter)];
  return dirs.map((dir) => join(dir, 'lighthouse')).find((candidate) => existsSync(candidate));
}

function lighthouse(url: string): void {
  const binary = findLighthouse();
  if (!binary) {
    console.log('Lighthouse: skipped (no `lighthouse` binary on PATH or in node_modules/.bin).');
    return;
  }
  const run = spawnSync(
    binary,
    [url, '--only-categories=performance', '--form-factor=mobile', '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox'],
    { env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  try {
    const score = (JSON.parse(run.stdout) as { categories: { performance: { score: number } } }).categories.performance.score;
    console.log(`Lighthouse mobile performance: ${Math.round(score * 100)} (target ≥ 98)`);
  } catch {
    console.log(`Lighthouse: failed to run (${run.stderr.trim().split('\n').at(-1) ?? `exit ${run.status}`}).`);
  }
}

const stopped = abortOnSignals();
let stack: Stack | undefined;
try {
  if (staticMode) await buildSiteIfNeeded({ when: 'if-stale', env: process.env, signal: stopped });
  else stack = await startServers(stopped);
  const origin = stack?.siteOrigin ?? 'http://static.invalid';
  const pageUrl = new URL(pagePath, origin);
  console.log(`Page: ${staticMode ? `${outDir}/client${pagePath} (static, no server island)` : pageUrl.href}`);
  const assets = await collect(staticMode ? staticLoader : serverLoader, pageUrl);
  if (!assets.some((asset) => asset.kind === 'HTML')) throw new Error(`${pageUrl.href} could not be loaded`);
  report(assets);
  if (staticMode) console.log('Lighthouse: skipped (static mode has no server to load the page from).');
  else lighthouse(pageUrl.href);
} catch (error) {
  if (!stopped.aborted) console.error(`bench:page failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = stopped.aborted ? 130 : 1;
} finally {
  await stack?.stop();
}
