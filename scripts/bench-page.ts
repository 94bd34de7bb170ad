/**
 * `npm run bench:page`: what the guide page costs a reader. Builds the site if there is no build (or a
 * source is newer), starts the built server with the local tenant through the launcher, fetches /en/ and
 * everything it loads (stylesheets, scripts and their imports, the server island, fonts), and prints the
 * bytes by type, raw and gzip. Runs Lighthouse (mobile) when a `lighthouse` binary exists. Its options:
 * `usage` below (`npm run bench:page -- --help`).
 *
 * Inline scripts are counted as JS (each gzipped on its own), not as HTML. The JS budget is 10 KB gzip.
 * `--starlight` also builds the same guide on Starlight (scripts/bench-page/starlight-site.ts) and prints
 * both pages' bytes side by side, the gzip ratio against its 0.35× budget, and both first paints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { abortOnSignals, buildSiteIfNeeded, launchStack, type Stack } from '../src/launcher/index.ts';
import { languages, type Lang } from '../src/i18n/languages.ts';
import { collect, fetchLoader, totalOf, weightByKind, type Asset, type Loader } from './bench-page/assets.ts';
import { comparisonTable, paintLine, ratioLine, ratioVerdict } from './bench-page/compare.ts';
import { CPU_SLOWDOWN, measurePaints } from './bench-page/first-paint.ts';
import { fontFamiliesFor, fontWarning } from './bench-page/font-check.ts';
import { benchPageArgs, guideLangOf } from './bench-page/options.ts';
import { buildStarlightSite } from './bench-page/starlight-site.ts';
import { serveDirectory, type StaticServer } from './bench-page/static-server.ts';
import { parseScriptArgs } from './support/script-args.ts';

const JS_BUDGET_GZIP = 10 * 1024;
const { static: staticMode, path: pagePath, starlight, runs } = parseScriptArgs(benchPageArgs);
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

function staticLoader(url: URL): ReturnType<Loader> {
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
  console.log('\nFiles');
  for (const asset of assets) {
    console.log(`  ${asset.kind.padEnd(6)}${kb(asset.bytes.length)} raw${kb(gzipSync(asset.bytes).length)} gzip  ${asset.label}`);
  }
  console.log('\nBy type                 raw         gzip');
  const weights = weightByKind(assets);
  for (const { kind, files, raw, gzip } of weights) console.log(`  ${`${kind} (${files})`.padEnd(14)}${kb(raw)}  ${kb(gzip)}`);
  const total = totalOf(weights);
  console.log(`  ${'total'.padEnd(14)}${kb(total.raw)}  ${kb(total.gzip)}`);
  const jsGzip = weights.find((weight) => weight.kind === 'JS')?.gzip ?? 0;
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

/**
 * --starlight: the same guide on Starlight beside ours. Bytes: ours as the built server sends it (the
 * island included) and as the prerendered page alone, Starlight's page; then first paint of both pages
 * from alike static servers (the island's request gets a 404 there, so its fallback stays, as it does
 * until the island arrives).
 */
async function compareWithStarlight(ours: Asset[], lang: Lang): Promise<void> {
  const guides = new Map(languages.map((each): [Lang, string] => [each, readFileSync(join(outDir, 'client', each, 'guide.md'), 'utf8')]));
  const starlightDir = buildStarlightSite(guides);
  const servers: StaticServer[] = [];
  try {
    const oursStatic = await serveDirectory(join(outDir, 'client'));
    servers.push(oursStatic);
    const theirsStatic = await serveDirectory(starlightDir);
    servers.push(theirsStatic);
    const oursUrl = new URL(`/${lang}/`, oursStatic.origin);
    const theirsUrl = new URL(`/${lang}/`, theirsStatic.origin);
    const oursAlone = await collect(fetchLoader, oursUrl);
    const theirs = await collect(fetchLoader, theirsUrl);
    if (!theirs.some((asset) => asset.kind === 'HTML')) throw new Error(`Starlight's ${theirsUrl.pathname} did not load`);
    const theirsWeights = weightByKind(theirs);
    console.log(`\nThe same guide on Starlight (${theirsUrl.pathname}), files`);
    for (const asset of theirs) console.log(`  ${asset.kind.padEnd(6)}${kb(asset.bytes.length)} raw${kb(gzipSync(asset.bytes).length)} gzip  ${asset.label}`);
    console.log('\nOurs (served, with the server island) against Starlight');
    for (const line of comparisonTable(weightByKind(ours), theirsWeights)) console.log(line);
    console.log(ratioLine(ratioVerdict(totalOf(weightByKind(ours)).gzip, totalOf(theirsWeights).gzip)));
    console.log('\nOurs (the prerendered page alone, no island) against Starlight');
    for (const line of comparisonTable(weightByKind(oursAlone), theirsWeights)) console.log(line);
    console.log(ratioLine(ratioVerdict(totalOf(weightByKind(oursAlone)).gzip, totalOf(theirsWeights).gzip)));

    console.log(`\nFirst paint: Chromium, CPU ×${CPU_SLOWDOWN}, no cache, static loopback servers with gzip, ${runs} loads each`);
    const warning = fontWarning(lang, fontFamiliesFor(lang));
    if (warning) console.log(`  ${warning}`);
    const [oursPaints, theirsPaints] = await measurePaints([oursUrl.href, theirsUrl.href], runs);
    console.log(paintLine('ours', oursPaints?.fcp ?? [], oursPaints?.lcp ?? []));
    console.log(paintLine('Starlight', theirsPaints?.fcp ?? [], theirsPaints?.lcp ?? []));
  } finally {
    await Promise.all(servers.map((server) => server.close()));
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
  const assets = await collect(staticMode ? staticLoader : fetchLoader, pageUrl);
  if (!assets.some((asset) => asset.kind === 'HTML')) throw new Error(`${pageUrl.href} could not be loaded`);
  report(assets);
  const lang = guideLangOf(pagePath);
  if (starlight && lang) await compareWithStarlight(assets, lang);
  if (staticMode) console.log('Lighthouse: skipped (static mode has no server to load the page from).');
  else lighthouse(pageUrl.href);
} catch (error) {
  if (!stopped.aborted) console.error(`bench:page failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = stopped.aborted ? 130 : 1;
} finally {
  await stack?.stop();
}
