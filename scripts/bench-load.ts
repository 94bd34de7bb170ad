/**
 * `npm run bench:load`: what readers cost the server, on loopback only. Starts the built site
 * (src/server/main.ts), the local tenant and a plain static server holding a copy of the guide page,
 * then prints requests/s and p99 latency at concurrency 50 for: the guide page, its static copy, the
 * anonymous server island, a signed-in reader's island (again: the same request repeated, which the
 * server answers from the render it kept for those cookies; rendered: every request a new URL, so each
 * is rendered) and the tenant's discovery document. Then it runs N full sign-in flows over HTTP (site →
 * tenant → Naver mock → tenant → site callback), in three rounds, and prints the site's and the tenant's
 * memory before and after each round. Between the two, the signed-in panel's weight: its bytes (raw and
 * gzip; raw by section), a fresh render's server CPU, and the bytes of each part it loads only when opened. Everything is also given as a ratio to the static copy. Numbers
 * only: nothing here passes or fails on speed; it exits non-zero only on errors.
 *
 * Its options: `usage` below (`npm run bench:load -- --help`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'undici';
import { z } from 'zod';
import { abortOnSignals, freePort, launchStack, startNode, waitForUrl, type RunningProcess } from '../src/launcher/index.ts';
import { signInThroughSite } from '../src/sandbox-driver/index.ts';
import { parseScriptArgs } from './support/script-args.ts';

const usage = `npm run bench:load                                  10 000 page requests, 3 rounds of 500 flows
npm run bench:load -- --requests 2000 --flows 100   quicker
npm run bench:load -- --rounds 5                    five rounds of flows: does memory level off?

  --requests N          requests of the page, its static copy and the kept islands (10000)
  --island-requests N   requests of the rendered island and the discovery document (requests, at most 2000)
  --flows N             full sign-in flows per round (500)
  --rounds N            rounds of flows (3)
  --concurrency N       requests (and flows) at a time (50)

Builds the site first when there is no build or a source is newer than it.`;

const wholeAboveZero = 'must be a whole number above 0';
const count = z.coerce.number({ error: wholeAboveZero }).int(wholeAboveZero).positive(wholeAboveZero);
const options = parseScriptArgs({
  usage,
  options: {
    requests: { type: 'string' },
    'island-requests': { type: 'string' },
    flows: { type: 'string' },
    rounds: { type: 'string' },
    concurrency: { type: 'string' },
  },
  schema: z.object({
    requests: count.default(10_000),
    'island-requests': count.optional(),
    flows: count.default(500),
    rounds: count.default(3),
    concurrency: count.default(50),
  }),
});
const pageRequests = options.requests;
const otherRequests = options['island-requests'] ?? Math.min(pageRequests, 2_000);
const { flows, rounds: flowRounds, concurrency } = options;
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
// Like a browser: compressed when the server offers it.
const acceptEncoding = 'gzip, deflate, br';

function rssMegabytes(part: RunningProcess): number {
  const status = readFileSync(`/proc/${part.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (`getconf CLK_TCK`, 100 on Linux). */
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(part: RunningProcess): number {
  // Fields after the command name (which is in parentheses and may hold spaces): utime is the 12th, stime the 13th.
  const fields = readFileSync(`/proc/${part.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

interface Measured {
  label: string;
  requests: number;
  errors: number;
  perSecond: number;
  p99Ms: number;
  /** Server CPU time per request, in microseconds: what a request costs the server, whatever the client's speed. */
  cpuMicros: number;
}

/**
 * `total` GETs of one URL over `concurrency` connections; latency per request, errors counted. With
 * `everyRequestNew`, each request adds its own `&bench=N` to the query, so no kept copy can answer it.
 */
async function measure(
  label: string,
  serving: RunningProcess,
  url: string,
  total: number,
  headers: Record<string, string> = {},
  everyRequestNew = false,
): Promise<Measured> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const cpuBefore = cpuSeconds(serving);
  const worker = async () => {
    while (next < total) {
      next += 1;
      const path = target.pathname + target.search + (everyRequestNew ? `&bench=${next}` : '');
      const begin = performance.now();
      try {
        const response = await pool.request({ path, method: 'GET', headers: { 'accept-encoding': acceptEncoding, ...headers } });
        await response.body.dump();
        if (response.statusCode !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpuMicros = ((cpuSeconds(serving) - cpuBefore) / total) * 1e6;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const p99Ms = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? Number.NaN;
  return { label, requests: total, errors, perSecond: total / seconds, p99Ms, cpuMicros };
}

async function runFlows(site: string, count: number): Promise<{ errors: number; perSecond: number; firstError?: string }> {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      next += 1;
      try {
        await signInThroughSite(site);
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { errors, perSecond: count / ((performance.now() - started) / 1000), ...(firstError ? { firstError } : {}) };
}

/** A body's bytes as the server sends it for this Accept-Encoding, from a fresh render (its own `&bench=` query). */
async function bodyBytes(url: string, cookie: string, encoding: 'identity' | 'gzip'): Promise<{ bytes: number; text?: string }> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: 1 });
  const response = await pool.request({ path: `${target.pathname}${target.search}${target.search ? '&' : '?'}bench=weight-${encoding}`, method: 'GET', headers: { 'accept-encoding': encoding, cookie } });
  const body = new Uint8Array(await response.body.arrayBuffer());
  await pool.close();
  if (response.statusCode !== 200) throw new Error(`${target.pathname} answered ${response.statusCode}`);
  const coding = response.headers['content-encoding'] ?? 'identity';
  if (coding !== encoding) throw new Error(`${target.pathname} came back as ${coding}, not ${encoding}`);
  return { bytes: body.byteLength, ...(encoding === 'identity' ? { text: new TextDecoder().decode(body) } : {}) };
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The raw bytes of each of the panel's sections (src/playground/panel-sections.ts), from its
 * `data-panel-section` element to the next one's (the last to the end: the panel's script with it), after
 * what comes before the first (the panel's heading and intro): where the weight is.
 */
function sectionBytes(html: string): [string, number][] {
  const starts = [...html.matchAll(/<[a-z]+\b[^>]*\bdata-panel-section="([^"]+)"/g)].map((match) => ({ id: match[1]!, at: match.index }));
  const size = (from: number, to: number) => Buffer.byteLength(html.slice(from, to));
  return [['(before the sections)', size(0, starts[0]?.at ?? html.length)], ...starts.map(({ id, at }, index): [string, number] => [id, size(at, starts[index + 1]?.at ?? html.length)])];
}

/**
 * What a signed-in reader's panel weighs (raw and gzip, as the island sends it), section by section, and
 * what a fresh render of it costs the server (the "rendered" row's CPU time). Then the parts the panel
 * fetches only when opened (each `data-part-src` in its HTML), the same way: what a reader who opens one
 * pays on top.
 */
async function printPanelWeight(site: string, islandPath: string, cookie: string, rendered: Measured) {
  const raw = await bodyBytes(`${site}${islandPath}`, cookie, 'identity');
  const gzip = await bodyBytes(`${site}${islandPath}`, cookie, 'gzip');
  console.log(`\nSigned-in panel (server island): ${kilobytes(raw.bytes)} raw, ${kilobytes(gzip.bytes)} gzip; a fresh render ${Math.round(rendered.cpuMicros)} µs of server CPU`);
  console.log(`  by section (raw): ${sectionBytes(raw.text ?? '').map(([id, bytes]) => `${id} ${kilobytes(bytes)}`).join(', ')}`);
  const parts = [...(raw.text ?? '').matchAll(/data-part-src="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  for (const part of parts) {
    const [partRaw, partGzip] = [await bodyBytes(`${site}${part}`, cookie, 'identity'), await bodyBytes(`${site}${part}`, cookie, 'gzip')];
    console.log(`  opened on demand: ${part.padEnd(40)} ${kilobytes(partRaw.bytes)} raw, ${kilobytes(partGzip.bytes)} gzip`);
  }
}

/** Everything main() started, stopped when it ends or on Ctrl+C. */
const running: { stop(): Promise<void> }[] = [];
const stopAll = () => Promise.all(running.map((part) => part.stop()));

async function main(signal: AbortSignal): Promise<number> {
  const stack = await launchStack({
    build: 'if-stale',
    pinSiteOrigin: true,
    env: {
      ...process.env,
      PLAYGROUND_MODE: 'LOCAL',
      COOKIE_SECRET: 'bench-only-cookie-secret-0123456789abcdef',
      // The flows come from one address: a budget no reader reaches, so the limiter is measured, not hit.
      RATE_LIMIT_POINTS: String(flows * 10 + 1000),
    },
    signal,
  });
  running.push(stack);
  const { siteOrigin: site, tenantEndpoint } = stack;
  const { site: server, tenant } = stack.processes;
  const staticPort = await freePort('127.0.0.1');
  const staticCopy = startNode(join(import.meta.dirname, 'support/static-copy-server.ts'), {
    args: [join(outDir, 'client/en/index.html'), String(staticPort)],
    name: 'the static copy server',
  });
  running.push(staticCopy);
  await waitForUrl(`http://127.0.0.1:${staticPort}/`, { giveUp: () => staticCopy.exitReport() });

  const guide = await (await fetch(`${site}/en/`)).text();
  const islandPath = /\/_server-islands\/[^"'\s]+/.exec(guide)?.[0]?.replace(/&amp;/g, '&');
  if (!islandPath) throw new Error('the guide page has no server island');
  const signedIn = await signInThroughSite(site);
  const signedInCookie = signedIn.header(`${site}${islandPath}`);

  console.log(`Loopback, concurrency ${concurrency}, Accept-Encoding: ${acceptEncoding}\n`);
  // Warm every path once so the first measured requests don't pay for module loading.
  const discovery = `${tenantEndpoint}/oidc/.well-known/openid-configuration`;
  const warmUps: [RunningProcess, string][] = [[staticCopy, `http://127.0.0.1:${staticPort}/`], [server, `${site}/en/`], [server, `${site}${islandPath}`], [tenant, discovery]];
  for (const [serving, url] of warmUps) await measure('warm-up', serving, url, 500);

  const staticResult = await measure('static copy of the guide page', staticCopy, `http://127.0.0.1:${staticPort}/`, pageRequests);
  const results = [
    staticResult,
    await measure('guide page (/en/)', server, `${site}/en/`, pageRequests),
    // Answered from kept renders, as cheap as the page: as many requests as the page gets.
    await measure('server island, no settings', server, `${site}${islandPath}`, pageRequests),
    await measure('server island, signed in, again', server, `${site}${islandPath}`, pageRequests, { cookie: signedInCookie }),
    await measure('server island, signed in, rendered', server, `${site}${islandPath}`, otherRequests, { cookie: signedInCookie }, true),
    await measure('discovery document (tenant)', tenant, discovery, otherRequests),
  ];
  const table = results.map((result) => ({
    what: result.label,
    requests: result.requests,
    errors: result.errors,
    'req/s': Math.round(result.perSecond),
    'p99 ms': Number(result.p99Ms.toFixed(1)),
    'req/s ÷ static': Number((result.perSecond / staticResult.perSecond).toFixed(2)),
    'p99 ÷ static': Number((result.p99Ms / staticResult.p99Ms).toFixed(2)),
    'CPU µs/req': Math.round(result.cpuMicros),
    'CPU ÷ static': Number((result.cpuMicros / staticResult.cpuMicros).toFixed(2)),
  }));
  console.table(table);
  const [, page, island, signedInAgain, signedInRendered] = results as [Measured, Measured, Measured, Measured, Measured];
  await printPanelWeight(site, islandPath, signedInCookie, signedInRendered);
  // What a page view costs: in the server's CPU time (what hosting pays; independent of how fast this
  // client can ask, which on a two-core machine is the limit for the cheapest requests), and in time at
  // the measured throughputs.
  const cpuCost = (islandResult: Measured) => ((page.cpuMicros + islandResult.cpuMicros) / staticResult.cpuMicros).toFixed(2);
  const timeCost = (islandResult: Measured) => ((1 / page.perSecond + 1 / islandResult.perSecond) * staticResult.perSecond).toFixed(2);
  const viewCost = (islandResult: Measured) => `${cpuCost(islandResult)}× in CPU (${timeCost(islandResult)}× in throughput)`;
  console.log(`\nA page view (page + island) costs a static page's:`);
  console.log(`  anonymous                                         ${viewCost(island)}`);
  console.log(`  signed in, panel kept for the same cookies (30 s) ${viewCost(signedInAgain)}`);
  console.log(`  signed in, panel rendered                         ${viewCost(signedInRendered)}`);

  // Rounds of flows: memory that state kept per flow would hold keeps growing round after round;
  // bounded state (expiring sessions, codes and tokens) grows in the first round, while the heap finds its
  // size, and levels off after it.
  const memory = [{ site: rssMegabytes(server), tenant: rssMegabytes(tenant) }];
  const rounds = [];
  for (let round = 0; round < flowRounds; round += 1) {
    rounds.push(await runFlows(site, flows));
    memory.push({ site: rssMegabytes(server), tenant: rssMegabytes(tenant) });
  }
  const flowErrors = rounds.reduce((sum, round) => sum + round.errors, 0);
  const perSecond = rounds.reduce((sum, round) => sum + round.perSecond, 0) / rounds.length;
  console.log(`\n${rounds.length} × ${flows} full sign-in flows: ${flowErrors} errors, ${perSecond.toFixed(1)} flows/s (${(perSecond / staticResult.perSecond).toFixed(4)}× static req/s)`);
  const firstError = rounds.find((round) => round.firstError)?.firstError;
  if (firstError) console.log(`  first error: ${firstError}`);
  const line = (who: 'site' | 'tenant') => {
    const samples = memory.map((sample) => sample[who]);
    const growth = samples.slice(1).map((after, round) => `round ${round + 1} ${(after - samples[round]!).toFixed(1)} MB`);
    return `  ${who.padEnd(6)} RSS ${samples.map((sample) => `${sample.toFixed(1)} MB`).join(' → ')} (${growth.join(', ')})`;
  };
  console.log(line('site'));
  console.log(line('tenant'));

  const errors = results.reduce((sum, result) => sum + result.errors, 0) + flowErrors;
  return errors === 0 ? 0 : 1;
}

const stopped = abortOnSignals();
stopped.addEventListener('abort', () => void stopAll().then(() => process.exit(130)), { once: true });
main(stopped).then(
  async (code) => {
    await stopAll();
    process.exit(code);
  },
  async (error: unknown) => {
    if (stopped.aborted) return;
    console.error(`bench:load failed: ${(error as Error).message}`);
    await stopAll();
    process.exit(1);
  },
);
