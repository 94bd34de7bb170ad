/**
 * `npm run bench:sandbox`: full sign-in flows through the sandbox alone (the local tenant and its Naver
 * mock, no site): each flow is a browser's part (src/sandbox-driver/: /oidc/auth → sign-in page →
 * experience API → Naver consent → callback → submit → the app's redirect URI) and the app's code
 * exchange at /oidc/token, each flow a new visitor of a public sandbox. Two runs: in memory (one
 * instance), then with Redis (two instances with one TENANT_SECRET and REDIS_URL behind round-robin
 * balancers, so each hop goes to the next instance).
 * With `--through-site`, each flow goes through the site instead (the public stack: PUBLIC site
 * instances with one COOKIE_SECRET behind their own balancer, the sandbox as their built-in tenant
 * through SANDBOX_CONNECT; a flow is the playground's Sign in, the sandbox, the site's callback).
 * Prints flows/s, p99 per flow and errors, and for Redis its memory and key count before and after
 * (and how many keys have no lifetime: there should be none). Numbers only: nothing passes or fails
 * on speed; it exits non-zero only on errors.
 *
 * Redis: REDIS_URL when set (its keys under the sandbox prefix are counted), otherwise a redis-server
 * from PATH on a free port, with nothing written to disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { LOCAL_DEMO_APP } from '../src/lib/local-tenant-defaults.ts';
import {
  abortOnSignals,
  buildSiteIfNeeded,
  freePort,
  launchSandbox,
  startProcess,
  startRoundRobinProxy,
  startSite,
  waitUntil,
  type RoundRobinProxy,
} from '../src/launcher/index.ts';
import { CookieJar, signInThroughSite, signInThroughTenant } from '../src/sandbox-driver/index.ts';
import { parseScriptArgs } from './support/script-args.ts';

const usage = `npm run bench:sandbox                      500 flows at concurrency 50, in memory then with Redis
npm run bench:sandbox -- --flows 100        quicker
npm run bench:sandbox -- --through-site     the flows through the site's playground (public stack)

  --flows N         full sign-in flows per run (500)
  --concurrency N   flows at a time (50)
  --through-site    each flow through the site (as many site instances as sandbox ones)

REDIS_URL: use that Redis instead of starting redis-server.`;

const wholeAboveZero = 'must be a whole number above 0';
const count = z.coerce.number({ error: wholeAboveZero }).int(wholeAboveZero).positive(wholeAboveZero);
const options = parseScriptArgs({
  usage,
  options: { flows: { type: 'string' }, concurrency: { type: 'string' }, 'through-site': { type: 'boolean' } },
  schema: z.object({ flows: count.default(500), concurrency: count.default(50), 'through-site': z.boolean().default(false) }),
});

/** Where the demo app sends the browser back: never reached, the driver stops at its origin. */
const appOrigin = 'http://localhost:4321';
const sandboxKeys = 'logto-naver-guide:sandbox:*';

function basicAuth(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

/** One reader's sign-in and the app's code exchange; throws on anything but a token response. */
async function oneSandboxFlow(endpoint: string): Promise<void> {
  const authorization = new URL(`${endpoint}/oidc/auth`);
  authorization.search = new URLSearchParams({
    client_id: LOCAL_DEMO_APP.id,
    redirect_uri: `${appOrigin}/playground/callback`,
    response_type: 'code',
    scope: 'openid profile',
    state: `bench-${Math.random().toString(36).slice(2)}`,
    direct_sign_in: 'social:naver',
  }).toString();
  const { callbackUrl } = await signInThroughTenant(new CookieJar(), authorization.toString(), { appOrigin });
  const code = new URL(callbackUrl).searchParams.get('code');
  if (!code) throw new Error(`the sign-in ended without a code: ${new URL(callbackUrl).search}`);
  const token = await fetch(`${endpoint}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuth(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret) },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: `${appOrigin}/playground/callback` }).toString(),
  });
  const body = (await token.json()) as { id_token?: string };
  if (token.status !== 200 || !body.id_token) throw new Error(`the token endpoint answered ${token.status}`);
}

type Run = { errors: number; perSecond: number; p99Ms: number; firstError?: string };

async function runFlows(oneFlow: () => Promise<unknown>): Promise<Run> {
  const { flows, concurrency } = options;
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const durations: number[] = [];
  const started = performance.now();
  const worker = async () => {
    while (next < flows) {
      next += 1;
      const begin = performance.now();
      try {
        await oneFlow();
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
      durations.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, flows) }, worker));
  durations.sort((a, b) => a - b);
  const p99Ms = durations[Math.min(durations.length - 1, Math.floor(durations.length * 0.99))] ?? Number.NaN;
  return { errors, perSecond: flows / ((performance.now() - started) / 1000), p99Ms, ...(firstError ? { firstError } : {}) };
}

/** Everything main() started, stopped when it ends or on Ctrl+C. */
const running: { stop(): Promise<void> }[] = [];

/** A redis-server of the bench's own, when REDIS_URL is not given. */
async function ownRedis(): Promise<string> {
  const port = await freePort('127.0.0.1');
  const dir = mkdtempSync(join(tmpdir(), 'bench-redis-'));
  const redis = startProcess('redis-server', {
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'],
    name: 'redis-server',
  });
  running.push({ stop: async () => void (await redis.stop(), rmSync(dir, { recursive: true, force: true })) });
  const url = `redis://127.0.0.1:${port}`;
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  await waitUntil('redis-server', async () => probe.connect().then(() => true, () => false), {
    timeoutMs: 10_000,
    intervalMs: 100,
    giveUp: () => (redis.hasExited() ? 'redis-server exited (is it installed? apt-get install redis-server)' : undefined),
  });
  probe.disconnect();
  return url;
}

/** The sandbox's share of Redis: its keys, those without a lifetime, and Redis's memory. */
async function redisFigures(client: Redis) {
  let keys = 0;
  let withoutTtl = 0;
  for await (const batch of client.scanStream({ match: sandboxKeys, count: 1000 }) as AsyncIterable<string[]>) {
    keys += batch.length;
    // -1: no lifetime; -2: gone since the scan saw it (expired meanwhile), which is no key at all.
    for (const key of batch) if ((await client.pttl(key)) === -1) withoutTtl += 1;
  }
  const memory = Number(/used_memory:(\d+)/.exec(await client.info('memory'))?.[1] ?? Number.NaN) / (1024 * 1024);
  return { keys, withoutTtl, memoryMb: memory };
}

function report(label: string, run: Run): void {
  const errors = run.firstError ? `${run.errors} (first: ${run.firstError})` : String(run.errors);
  console.log(`${label.padEnd(34)} ${run.perSecond.toFixed(1).padStart(7)} flows/s   p99 ${run.p99Ms.toFixed(0).padStart(6)} ms   errors ${errors}`);
}

/**
 * `instances` public sandbox instances (TENANT_SECRET, visitors apart: each flow its own Naver accounts)
 * behind round-robin balancers, sharing `redisUrl` or each in its own memory; the flows run through them.
 */
async function runSandbox(instances: number, redisUrl: string, signal: AbortSignal) {
  const tenantBalancer: RoundRobinProxy = await startRoundRobinProxy();
  const mockBalancer: RoundRobinProxy = await startRoundRobinProxy();
  const siteBalancer: RoundRobinProxy = await startRoundRobinProxy();
  const stops: { stop(): Promise<void> }[] = [
    { stop: () => tenantBalancer.close() },
    { stop: () => mockBalancer.close() },
    { stop: () => siteBalancer.close() },
  ];
  running.push(...stops);
  const throughSite = options['through-site'];
  const env = {
    ...process.env,
    SITE_ORIGIN: throughSite ? siteBalancer.origin : appOrigin,
    // The flows all come from loopback: a budget no reader reaches, so the limiter is counted, not hit.
    TENANT_RATE_LIMIT_POINTS: String(options.flows * 50 + 1000),
    TENANT_SECRET: 'bench-only-tenant-secret-0123456789abcdef',
    REDIS_URL: redisUrl,
    TENANT_ORIGIN: tenantBalancer.origin,
    NAVER_MOCK_ORIGIN: mockBalancer.origin,
  };
  for (let n = 0; n < instances; n += 1) {
    const instance = await launchSandbox({ env, signal });
    running.push(instance);
    stops.push(instance);
    tenantBalancer.add(instance.tenantEndpoint);
    mockBalancer.add(instance.naverMockOrigin);
  }
  if (throughSite) {
    const siteEnv = {
      ...process.env,
      HOST: 'localhost',
      ASTRO_OUT_DIR: process.env['ASTRO_OUT_DIR'] ?? 'dist',
      PLAYGROUND_MODE: 'PUBLIC',
      COOKIE_SECRET: 'bench-only-cookie-secret-0123456789abcdef',
      SITE_ORIGIN: siteBalancer.origin,
      SANDBOX_ENDPOINT: tenantBalancer.origin,
      SANDBOX_CONNECT: `127.0.0.1:${new URL(tenantBalancer.origin).port}`,
      RATE_LIMIT_POINTS: String(options.flows * 50 + 1000),
      REDIS_URL: redisUrl,
    };
    for (let n = 0; n < instances; n += 1) {
      const site = await startSite({ port: 0, env: siteEnv, signal });
      running.push(site.process);
      stops.push(site.process);
      siteBalancer.add(site.origin);
    }
  }
  const run = await runFlows(throughSite ? () => signInThroughSite(siteBalancer.origin) : () => oneSandboxFlow(tenantBalancer.origin));
  const served = `${throughSite ? `site ${siteBalancer.served.join(' / ')}, ` : ''}tenant ${tenantBalancer.served.join(' / ')}, Naver mock ${mockBalancer.served.join(' / ')}`;
  for (const part of stops.reverse()) await part.stop();
  return { run, served };
}

async function main(signal: AbortSignal): Promise<number> {
  const through = options['through-site'] ? ', through the site (PUBLIC)' : '';
  console.log(`${options.flows} full sign-in flows${through}, concurrency ${options.concurrency}, loopback, public sandbox (each flow a new visitor)\n`);
  if (options['through-site']) await buildSiteIfNeeded({ when: 'if-stale', env: process.env, signal });
  const inMemory = await runSandbox(1, '', signal);
  report('in memory (1 instance)', inMemory.run);
  console.log(`  requests per instance: ${inMemory.served}`);

  const redisUrl = process.env['REDIS_URL'] || (await ownRedis());
  const client = new Redis(redisUrl);
  running.push({ stop: async () => void (await client.quit()) });
  const before = await redisFigures(client);
  const withRedis = await runSandbox(2, redisUrl, signal);
  const after = await redisFigures(client);
  report('Redis (2 instances, round robin)', withRedis.run);
  console.log(`  requests per instance: ${withRedis.served}`);
  console.log(`  Redis memory ${before.memoryMb.toFixed(1)} MB → ${after.memoryMb.toFixed(1)} MB; sandbox keys ${before.keys} → ${after.keys}, without a lifetime ${after.withoutTtl}`);
  return inMemory.run.errors + withRedis.run.errors + after.withoutTtl > 0 ? 1 : 0;
}

const signal = abortOnSignals();
let exitCode = 1;
try {
  exitCode = await main(signal);
} catch (error) {
  console.error(`bench:sandbox: ${(error as Error).message}`);
} finally {
  for (const part of running.reverse()) await part.stop().catch(() => undefined);
}
process.exit(exitCode);
