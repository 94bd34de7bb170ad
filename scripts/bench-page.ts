/**
 * `npm run bench:page`: what the guide page costs a reader. Builds the site if there is no build, starts
 * the built server with the local tenant (so the playground island renders as it would for a reader),
 * fetches /en/ and everything it loads (stylesheets, scripts and their imports, the server island, fonts),
 * and prints the bytes by type, raw and gzip. Runs Lighthouse (mobile) when a `lighthouse` binary exists.
 *
 *   npm run bench:page                 # server mode (default)
 *   npm run bench:page -- --static     # read <outDir>/client only: no server, no island
 *   npm run bench:page -- --path /ko/  # another page
 *
 * Inline scripts are counted as JS (each gzipped on its own), not as HTML. The JS budget is 10 KB gzip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { gzipSync } from 'node:zlib';

type Kind = 'HTML' | 'JS' | 'CSS' | 'fonts' | 'other';
interface Asset {
  kind: Kind;
  label: string;
  bytes: Buffer;
}

const JS_BUDGET_GZIP = 10 * 1024;
const args = process.argv.slice(2);
const staticMode = args.includes('--static');
const pathIndex = args.indexOf('--path');
const pagePath = (pathIndex >= 0 ? args[pathIndex + 1] : undefined) ?? '/en/';
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
const node = process.execPath;
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function ensureBuild(): void {
  if (existsSync(join(outDir, 'server/entry.mjs'))) return;
  console.log(`No build in ${outDir}/: running astro build…`);
  const build = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function startServers(): Promise<string> {
  const [site, tenant, naverMock] = [await freePort(), await freePort(), await freePort()];
  const origin = `http://localhost:${site}`;
  const env = {
    ...process.env,
    HOST: 'localhost',
    PORT: String(site),
    TENANT_PORT: String(tenant),
    NAVER_MOCK_PORT: String(naverMock),
    SITE_ORIGIN: origin,
    LOCAL_TENANT_ENDPOINT: `http://localhost:${tenant}`,
    COOKIE_SECRET: process.env['COOKIE_SECRET'] ?? 'bench-only-cookie-secret-0123456789abcdef',
  };
  children.push(spawn(node, ['src/local-tenant/main.ts'], { env, stdio: 'ignore' }));
  children.push(spawn(node, ['src/server/main.ts'], { env, stdio: 'ignore' }));
  await waitFor(`http://localhost:${tenant}/oidc/.well-known/openid-configuration`);
  await waitFor(`${origin}${pagePath}`);
  return origin;
}

function stopServers(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
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

try {
  ensureBuild();
  const origin = staticMode ? 'http://static.invalid' : await startServers();
  const pageUrl = new URL(pagePath, origin);
  console.log(`Page: ${staticMode ? `${outDir}/client${pagePath} (static, no server island)` : pageUrl.href}`);
  const assets = await collect(staticMode ? staticLoader : serverLoader, pageUrl);
  if (!assets.some((asset) => asset.kind === 'HTML')) throw new Error(`${pageUrl.href} could not be loaded`);
  report(assets);
  if (staticMode) console.log('Lighthouse: skipped (static mode has no server to load the page from).');
  else lighthouse(pageUrl.href);
} catch (error) {
  console.error(`bench:page failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  stopServers();
}
