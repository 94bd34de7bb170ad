/**
 * The servers the tests run against, as Playwright's web server starts them (playwright.config.ts runs
 * `node tests/support/test-servers.ts`): the launcher builds the site with the test ports (the prerendered
 * no-JS form bakes the tenant endpoint in), then serves the build next to the local tenant and its Naver
 * mock, on the test ports, until Playwright stops it.
 */
import { abortOnSignals, launchStack } from '../../src/launcher/index.ts';
import { testPorts, testSiteOrigin, testTenantEndpoint } from './ports.ts';

const testServerEnv = {
  SITE_ORIGIN: testSiteOrigin,
  PLAYGROUND_MODE: 'LOCAL',
  COOKIE_SECRET: 'test-only-cookie-secret-0123456789abcdef',
  // No RATE_LIMIT_POINTS: a LOCAL server on loopback doesn't throttle its owner, so every test can post
  // from one address. The rate limit's own tests start instances with explicit budgets.
};

const stopped = abortOnSignals();
try {
  const stack = await launchStack({
    build: 'always',
    ports: testPorts,
    env: { ...process.env, ...testServerEnv },
    sandboxEndpoint: testTenantEndpoint,
    output: 'inherit',
    signal: stopped,
  });
  console.log(`Test servers: site ${stack.siteOrigin}, tenant ${stack.tenantEndpoint}, Naver mock ${stack.naverMockOrigin}`);
  const end = await stack.ended;
  if (end.reason === 'exited') {
    console.error(`test servers stopped: ${end.part.name} exited (${end.code})`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!stopped.aborted) {
    console.error(`test servers: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
