/**
 * The fault-lab scenarios the suite runs over HTTP (tests/support/fault-lab-runs.ts), on the public stack
 * (tests/support/public-stack.ts): the same run and expectations as tests/integration/fault-lab-playground.spec.ts
 * (tests/support/fault-lab-http.ts), by readers whose driver reaches guide/sandbox/naver.example.test
 * through the stack's connect-to dispatcher, so every hop goes through the balancers; the browser's
 * scenarios run there in tests/e2e/public-stack.spec.ts. One stack for all of them, one scenario after
 * another (the scenario apps share the demo Naver connector; see fault-lab-playground.spec.ts).
 */
import { defaultLogtoVersion, logtoVersionFromEnv, logtoVersionProfile } from '../../src/local-tenant/config/logto-version.ts';
import { CookieJar } from '../../src/sandbox-driver/index.ts';
import { runScenarioOverHttp } from '../support/fault-lab-http.ts';
import { httpScenarioRuns, scenarioLanguage } from '../support/fault-lab-runs.ts';
import { expect, test } from '../support/fixtures.ts';
import { PlaygroundReader } from '../support/playground-http.ts';
import { expectBothInstancesServed, servedSoFar } from '../support/public-stack.ts';
import { findRedisServer, redisMissingMessage } from '../support/redis.ts';

test.beforeEach(() => {
  if (findRedisServer()) return;
  if (process.env['REQUIRE_REDIS']) throw new Error(redisMissingMessage);
  test.skip(true, redisMissingMessage);
});

/** The version the stack's sandbox plays (startLocalTenant reads LOGTO_VERSION). */
const stackVersion = logtoVersionFromEnv(process.env['LOGTO_VERSION']) ?? defaultLogtoVersion;
const runs = httpScenarioRuns(logtoVersionProfile(stackVersion));

test('every fault-lab scenario the suite runs over HTTP passes on the public stack, with hops served by both instances', async ({ publicStack }) => {
  test.setTimeout(60_000 + runs.length * 10_000);
  const { origins, balancers, dispatcher } = publicStack;
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) {
    // Each scenario a reader of its own, in its rotated language, as fault-lab-playground.spec.ts runs it.
    const before = servedSoFar(publicStack);
    const reader = new PlaygroundReader(origins.site, scenarioLanguage(run.id), new CookieJar({ dispatcher }));
    await test.step(`${run.id} → ${run.diagnosis ?? 'signed in'}`, () => runScenarioOverHttp(reader, run));
    expectBothInstancesServed(publicStack, before, run.id);
  }
  for (const balancer of [balancers.site, balancers.sandbox, balancers.naverMock]) {
    expect(balancer.served).toHaveLength(2);
    expect(balancer.served.every((count) => count > 0), String(balancer.served)).toBe(true);
  }
});
