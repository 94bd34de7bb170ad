import { defineConfig, devices } from '@playwright/test';
import { testSiteOrigin } from './tests/support/ports.ts';
import { chromiumArgs, chromiumPath } from './src/launcher/chromium.ts';

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
  // in), then served from dist/ by the production server next to the local tenant, both started by the
  // launcher (tests/support/test-servers.ts). Playwright waits for the site; the launcher has already
  // waited for the tenant. At the end Playwright kills the script's process group, servers included.
  webServer: {
    command: 'node tests/support/test-servers.ts',
    url: `${testSiteOrigin}/en/`,
    reuseExistingServer: false,
    stdout: 'pipe',
    timeout: 240_000,
  },
});
