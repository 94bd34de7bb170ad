import { defineConfig } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import mainConfig from '../../playwright.config.ts';
import { chromiumPath } from '../../src/launcher/chromium.ts';
import { tenantCheckSettings } from './settings.ts';

/**
 * `npm run check:tenant`: drives Chromium through the playground's Naver sign-in against a tenant (the
 * reader's own with LOGTO_ENDPOINT/LOGTO_APP_ID/LOGTO_APP_SECRET, else the built-in local tenant) up to
 * Naver's authorize page, and checks the client_id and redirect_uri Logto sends there. It starts the
 * built site on SITE_ORIGIN's port (building it first if needed), and the local tenant when it is used.
 */

const settings = tenantCheckSettings();
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
const entry = `${outDir}/server/entry.mjs`;
const sitePort = new URL(settings.siteOrigin).port || (settings.siteOrigin.startsWith('https:') ? '443' : '80');
const reuse = process.env['TENANT_CHECK_REUSE_SERVERS'] === '1' || !process.env['CI'];

// The same Chromium flags as the test suite; the binary is Debian's when present, else Playwright's own.
const { executablePath: _debianPath, ...e2eLaunch } =
  mainConfig.projects?.find((project) => project.name === 'e2e')?.use?.launchOptions ?? {};

const serverEnv = {
  PORT: sitePort,
  HOST: new URL(settings.siteOrigin).hostname,
  SITE_ORIGIN: settings.siteOrigin,
  TENANT_PORT: String(settings.tenantPort),
  NAVER_MOCK_PORT: String(settings.naverMockPort),
  SANDBOX_ENDPOINT: settings.endpoint,
  PLAYGROUND_MODE: 'LOCAL',
  // The site's cookies only need to outlive this run.
  COOKIE_SECRET: process.env['COOKIE_SECRET'] ?? randomBytes(32).toString('base64url'),
};

export default defineConfig({
  testDir: '.',
  testMatch: 'tenant-check.spec.ts',
  outputDir: '../../test-results/tenant-check',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: settings.siteOrigin,
    trace: 'retain-on-failure',
    launchOptions: { ...e2eLaunch, ...(chromiumPath ? { executablePath: chromiumPath } : {}) },
  },
  webServer: [
    ...(settings.localTenant
      ? [
          {
            command: 'node src/local-tenant/main.ts',
            cwd: '../..',
            url: `${settings.endpoint}/oidc/.well-known/openid-configuration`,
            env: serverEnv,
            reuseExistingServer: reuse,
            timeout: 120_000,
          },
        ]
      : []),
    {
      // src/server/main.ts serves the build in ASTRO_OUT_DIR (dist/).
      command: existsSync(new URL(`../../${entry}`, import.meta.url)) ? 'node src/server/main.ts' : 'npx astro build && node src/server/main.ts',
      cwd: '../..',
      url: `${settings.siteOrigin}/en/`,
      env: serverEnv,
      reuseExistingServer: reuse,
      timeout: 180_000,
    },
  ],
});
