/**
 * `npm run bench:load`: what readers cost the server, on loopback only. Starts the built site
 * (src/server/main.ts), the local tenant and a plain static server holding a copy of the guide page,
 * then prints requests/s and p99 latency at concurrency 50 for: the guide page, its static copy, the
 * anonymous server island, a signed-in reader's island (again: the same request repeated, which the
 * server answers from the render it kept for those cookies; rendered: every request a new URL, so each
 * is rendered) and the tenant's discovery document. Then it runs N full sign-in flows over HTTP (site →
 * tenant → Naver mock → tenant → site callback), in three rounds, and prints the site's and the tenant's
 * memory before and after each round. Everything is also given as a ratio to the static copy. Numbers
 * only: nothing here passes or fails on speed; it exits non-zero only on errors.
 *
 *   npm run bench:load                                  # 10 000 page requests, 500 flows
 *   npm run bench:load -- --requests 2000 --flows 100   # quicker
 *   npm run bench:load -- --rounds 5                    # five rounds of flows: does memory level off?
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'undici';
import { CookieJar, browserRequest, signInThroughTenant } from '../tests/support/local-tenant.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const pageRequests = option('requests', 10_000);
const otherRequests = option('island-requests', Math.min(pageRequests, 2_000));
const flows = option('flows', 500);
const flowRounds = option('rounds', 3);
const concurrency = option('concurrency', 50);
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
const node = process.execPath;
const children: ChildProcess[] = [];
// Like a browser: compressed when the server offers it.
const acceptEncoding = 'gzip, deflate, br';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { redirect: 'manual' }).then((response) => response.status < 500, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function rssMegabytes(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** The guide page's bytes served from memory by a bare node:http server: the cheapest possible page. */
const staticCopyServer = `
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const raw = readFileSync(process.argv[1]);
const br = readFileSync(process.argv[1] + '.br');
createServer((request, response) => {
  const useBr = /\\bbr\\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(useBr ? { 'Content-Encoding': 'br' } : {}) });
  response.end(useBr ? br : raw);
}).listen(Number(process.argv[2]), '127.0.0.1');
`;

/** Clock ticks per second of /proc/<pid>/stat's CPU times (`getconf CLK_TCK`, 100 on Linux). */
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(child: ChildProcess): number {
  // Fields after the command name (which is in parentheses and may hold spaces): utime is the 12th, stime the 13th.
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
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
  serving: ChildProcess,
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

/** One reader's whole sign-in over HTTP; returns the site cookies it ends with. */
async function signIn(site: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const start = await browserRequest(jar, `${site}/playground/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site },
    body: new URLSearchParams({ lang: 'en', returnTo: '/en/' }).toString(),
  });
  const authorizationUrl = start.headers.get('location');
  if (start.status !== 303 || !authorizationUrl?.startsWith('http')) throw new Error(`sign-in answered ${start.status}`);
  const { callbackUrl } = await signInThroughTenant(jar, authorizationUrl, { appOrigin: site });
  const back = await browserRequest(jar, callbackUrl);
  await back.body?.cancel();
  if (back.status !== 303) throw new Error(`callback answered ${back.status}`);
  return jar;
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
        await signIn(site);
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { errors, perSecond: count / ((performance.now() - started) / 1000), ...(firstError ? { firstError } : {}) };
}

function ensureBuild(): void {
  if (existsSync(join(outDir, 'server/entry.mjs'))) return;
  console.log(`No build in ${outDir}/: running astro build…`);
  const build = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function main(): Promise<number> {
  ensureBuild();
  const [sitePort, tenantPort, naverPort, staticPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const site = `http://localhost:${sitePort}`;
  const tenantEndpoint = `http://localhost:${tenantPort}`;
  const env = {
    ...process.env,
    HOST: 'localhost',
    PORT: String(sitePort),
    TENANT_PORT: String(tenantPort),
    NAVER_MOCK_PORT: String(naverPort),
    SITE_ORIGIN: site,
    LOCAL_TENANT_ENDPOINT: tenantEndpoint,
    PLAYGROUND_MODE: 'LOCAL',
    COOKIE_SECRET: 'bench-only-cookie-secret-0123456789abcdef',
    // The flows come from one address: a budget no reader reaches, so the limiter is measured, not hit.
    RATE_LIMIT_POINTS: String(flows * 10 + 1000),
  };
  const tenant = spawn(node, ['src/local-tenant/main.ts'], { env, stdio: 'ignore' });
  const server = spawn(node, ['src/server/main.ts'], { env, stdio: 'ignore' });
  const staticCopy = spawn(node, ['--input-type=module', '-e', staticCopyServer, join(outDir, 'client/en/index.html'), String(staticPort)], { stdio: 'ignore' });
  children.push(tenant, server, staticCopy);
  await waitFor(`${tenantEndpoint}/oidc/.well-known/openid-configuration`);
  await waitFor(`${site}/healthz`);
  await waitFor(`http://127.0.0.1:${staticPort}/`);

  const guide = await (await fetch(`${site}/en/`)).text();
  const islandPath = /\/_server-islands\/[^"'\s]+/.exec(guide)?.[0]?.replace(/&amp;/g, '&');
  if (!islandPath) throw new Error('the guide page has no server island');
  const signedIn = await signIn(site);
  const signedInCookie = signedIn.header(`${site}${islandPath}`);

  console.log(`Loopback, concurrency ${concurrency}, Accept-Encoding: ${acceptEncoding}\n`);
  // Warm every path once so the first measured requests don't pay for module loading.
  const discovery = `${tenantEndpoint}/oidc/.well-known/openid-configuration`;
  const warmUps: [ChildProcess, string][] = [[staticCopy, `http://127.0.0.1:${staticPort}/`], [server, `${site}/en/`], [server, `${site}${islandPath}`], [tenant, discovery]];
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

const stop = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});
main().then(
  (code) => {
    stop();
    process.exit(code);
  },
  (error: unknown) => {
    console.error(`bench:load failed: ${(error as Error).message}`);
    stop();
    process.exit(1);
  },
);
