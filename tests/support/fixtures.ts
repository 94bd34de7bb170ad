/**
 * Playwright fixtures that own everything a test starts besides the servers Playwright itself runs:
 * extra local tenants, Naver mocks, site instances, the round-robin proxy. A test asks for a fixture,
 * starts what it needs through it, and Playwright closes it all after the test, passed or failed, so no
 * test writes its own try/finally or afterAll.
 *
 *   import { expect, test } from './fixtures.ts';
 *
 *   test('a missing connector is reported', async ({ startTenant }) => {
 *     const tenant = await startTenant((config) => ({ ...config, connectors: [] }));
 *     …
 *   });
 *
 * Anything else with a `close()` goes through `closeAfterTest`. A file whose tests share one server
 * that only they use declares it with `workerFixture` (below) instead of beforeAll/afterAll.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { startHttpServer, type TestHttpServer } from './http-server.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../src/launcher/round-robin-proxy.ts';
import { startTestTenant, type LocalTenant, type TenantPatch, type TestTenantOptions } from './local-tenant.ts';
import { startTestNaverMock, type TestNaverMock } from './naver-mock.ts';
import { startNodeProcess, type NodeProcess } from './node-process.ts';
import { startSiteInstance, type SiteInstance } from './site-instance.ts';
import { startPublicStack, type PublicStack } from './public-stack.ts';

export { expect } from '@playwright/test';

export interface Closable {
  close(): Promise<void>;
}

export interface TestFixtures {
  /**
   * Registers a plain object with `close()` to be closed after the test, and returns it with a `close`
   * that is safe to call early (a test may close a server to see what happens when it is gone).
   */
  closeAfterTest: <T extends Closable>(thing: T) => T;
  /** Starts a local tenant on free ports: the default config changed by `patch`. */
  startTenant: (patch?: TenantPatch, options?: TestTenantOptions) => Promise<LocalTenant>;
  /**
   * The Logto version startTenant's tenants play unless a call names one (the tenant's default when
   * unset): `test.use({ tenantVersion })` in a describe runs its tests against that version.
   */
  tenantVersion: TestTenantOptions['logtoVersion'];
  /** Starts a Naver mock on a free port with the well-behaved test app plus `extraApps`. */
  startNaverMock: (...args: Parameters<typeof startTestNaverMock>) => Promise<TestNaverMock>;
  /** Starts one more instance of the built site with `env` (HOST and PORT are chosen for it). */
  startSiteInstance: (env: Record<string, string>) => Promise<SiteInstance>;
  /** A round-robin proxy on a free port, with no instances yet. */
  roundRobinProxy: RoundRobinProxy;
  /** Redis, two site and two sandbox instances behind balancers, on public host names (tests/support/public-stack.ts). */
  publicStack: PublicStack;
  /**
   * Another browser context in the same test (JavaScript switched the other way, another reader),
   * with this file's `test.use` options unless overridden; closed after the test.
   */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /**
   * Runs `node <args>` with exactly `env` (pass `{ ...process.env, … }` to inherit); the process gets
   * SIGTERM after the test unless it has exited, and the teardown waits for it to go.
   */
  spawnNode: (args: [string, ...string[]], env: NodeJS.ProcessEnv) => NodeProcess;
  /** A node:http server with `handler` on a free port of `host` (default 127.0.0.1); closed after the test. */
  httpServer: (handler: RequestListener, host?: string) => Promise<TestHttpServer>;
  /** A new empty directory (in the system temp dir unless `parent` says where), removed after the test. */
  makeTempDir: (prefix: string, parent?: string) => Promise<string>;
  /**
   * Sets `target[key]` to `value` (console.error, process.stdout.write…) and puts the original back after
   * the test, or earlier through the returned function (which, after several replacements of one key,
   * puts back the value from before the first).
   */
  replaceDuringTest: <T extends object, K extends keyof T>(target: T, key: K, value: T[K]) => () => void;
}

export interface WorkerFixtures {
  /**
   * One default tenant per worker, for tests that only read from it (no sign-ups, no config changes):
   * starting a tenant per test would cost seconds for nothing.
   */
  sharedTenant: LocalTenant;
}

/** The first call closes; later calls (the fixture's teardown after an early close) wait for the same. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/**
 * A worker fixture for a file's own `test.extend`: one server per worker for the tests of a file that
 * share it (a tenant with that file's config, a Naver mock with its apps), stopped when the worker ends.
 *
 *   const test = base.extend<{}, { tenant: LocalTenant }>({
 *     tenant: workerFixture(() => startTestTenant(patch), (tenant) => tenant.close()),
 *   });
 */
export function workerFixture<T>(
  start: () => Promise<T>,
  stop: (value: T) => Promise<void>,
  /** How long starting and stopping may take (Playwright's default: the test timeout). */
  options: { timeout?: number } = {},
): [({}: object, use: (value: T) => Promise<void>) => Promise<void>, { scope: 'worker'; timeout?: number }] {
  return [
    async ({}, use) => {
      const value = await start();
      await use(value);
      await stop(value);
    },
    { scope: 'worker', ...options },
  ];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  closeAfterTest: async ({}, use) => {
    const closers: (() => Promise<void>)[] = [];
    await use((thing) => {
      const close = once(() => thing.close());
      closers.push(close);
      return { ...thing, close };
    });
    const results = await Promise.allSettled(closers.map((close) => close()));
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} server(s) failed to close`);
  },

  tenantVersion: [undefined, { option: true }],

  startTenant: async ({ closeAfterTest, tenantVersion }, use) => {
    const defaults: TestTenantOptions = tenantVersion === undefined ? {} : { logtoVersion: tenantVersion };
    await use(async (patch, options) => closeAfterTest(await startTestTenant(patch, { ...defaults, ...options })));
  },

  startNaverMock: async ({ closeAfterTest }, use) => {
    await use(async (...args) => {
      const naver = await startTestNaverMock(...args);
      return { ...naver, mock: closeAfterTest(naver.mock) };
    });
  },

  startSiteInstance: async ({ closeAfterTest }, use) => {
    await use(async (env) => closeAfterTest(await startSiteInstance(env)));
  },

  roundRobinProxy: async ({ closeAfterTest }, use) => {
    await use(closeAfterTest(await startRoundRobinProxy()));
  },

  publicStack: [
    async ({ closeAfterTest, startSiteInstance }, use) => {
      await use(await startPublicStack(closeAfterTest, startSiteInstance));
    },
    { timeout: 90_000 },
  ],

  newContext: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context;
    });
    // Closing a context twice is harmless, so a test may close one early.
    await Promise.all(contexts.map((context) => context.close()));
  },

  spawnNode: async ({ closeAfterTest }, use) => {
    await use((args, env) => {
      const started = startNodeProcess(args, env);
      closeAfterTest({ close: () => started.stop() });
      return started;
    });
  },

  httpServer: async ({ closeAfterTest }, use) => {
    await use(async (handler, host) => closeAfterTest(await startHttpServer(handler, host)));
  },

  makeTempDir: async ({ closeAfterTest }, use) => {
    await use(async (prefix, parent = tmpdir()) => {
      const dir = await mkdtemp(join(parent, prefix));
      // Retries: a process the test started may still be writing there while it is stopped.
      closeAfterTest({ close: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }) });
      return dir;
    });
  },

  replaceDuringTest: async ({}, use) => {
    // The value each replaced key had before the test first replaced it.
    const originals = new Map<object, Map<PropertyKey, unknown>>();
    const restore = (target: object, key: PropertyKey) => {
      const saved = originals.get(target);
      if (!saved?.has(key)) return;
      Reflect.set(target, key, saved.get(key));
      saved.delete(key);
    };
    await use((target, key, value) => {
      const saved = originals.get(target) ?? new Map<PropertyKey, unknown>();
      originals.set(target, saved);
      if (!saved.has(key)) saved.set(key, target[key]);
      target[key] = value;
      return () => restore(target, key);
    });
    for (const [target, saved] of originals) for (const key of [...saved.keys()]) restore(target, key);
  },

  sharedTenant: [
    async ({}, use) => {
      const tenant = await startTestTenant();
      await use(tenant);
      await tenant.close();
    },
    { scope: 'worker' },
  ],
});
