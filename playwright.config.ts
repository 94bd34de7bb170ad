import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { testPorts, testSiteOrigin, testTenantEndpoint } from './tests/support/ports.ts';

// Debian's Chromium where it is installed (Playwright can't download browsers on a closed network);
// elsewhere, CHROMIUM_PATH or Playwright's own browser.
const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// Debian's Chromium, run as root on a closed network: these flags stop it reaching for Google's services.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const serverEnv = {
  PORT: String(testPorts.site),
  TENANT_PORT: String(testPorts.tenant),
  NAVER_MOCK_PORT: String(testPorts.naverMock),
  SITE_ORIGIN: testSiteOrigin,
  LOCAL_TENANT_ENDPOINT: testTenantEndpoint,
  PLAYGROUND_MODE: 'LOCAL',
  COOKIE_SECRET: 'test-only-cookie-secret-0123456789abcdef',
  // No RATE_LIMIT_POINTS: a LOCAL server on loopback doesn't throttle its owner, so every test can post
  // from one address. The rate limit's own tests start instances with explicit budgets.
};

export default defineConfig({
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
    baseURL: testSiteOrigin,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'unit', testDir: './tests/unit' },
    { name: 'integration', testDir: './tests/integration' },
    {
      name: 'e2e',
      testDir: './tests/e2e',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs },
      },
    },
  ],
  // The site is tested as it ships: built (with the test ports, which the prerendered no-JS form bakes
  // in), then served from dist/ next to the local tenant.
  webServer: [
    {
      command: 'node src/local-tenant/main.ts',
      url: `${testTenantEndpoint}/oidc/.well-known/openid-configuration`,
      env: serverEnv,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 120_000,
    },
    {
      // The production server (src/server/main.ts) in front of the build it serves (ASTRO_OUT_DIR).
      command: 'npx astro build && node src/server/main.ts',
      url: `${testSiteOrigin}/en/`,
      env: { ...serverEnv, HOST: 'localhost' },
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 240_000,
    },
  ],
});
