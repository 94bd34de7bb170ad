import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';

/**
 * `npm run check:tenant` against the local tenant, as a team's CI would run it against theirs: a
 * separate Playwright run, pointed by environment variables at the site and tenant this test run
 * already serves (it reuses them rather than starting its own).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const playwrightCli = fileURLToPath(new URL('../../node_modules/@playwright/test/cli.js', import.meta.url));

function checkTenant(extraEnv: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [playwrightCli, 'test', '--config', 'tests/tenant-check/playwright.config.ts'], {
      cwd: root,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        ASTRO_OUT_DIR: process.env['ASTRO_OUT_DIR'] ?? 'dist',
        TENANT_CHECK_REUSE_SERVERS: '1',
        LOGTO_ENDPOINT: testTenantEndpoint,
        LOGTO_APP_ID: LOCAL_DEMO_APP.id,
        LOGTO_APP_SECRET: LOCAL_DEMO_APP.secret,
        SITE_ORIGIN: testSiteOrigin,
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

test.describe('check:tenant', () => {
  test.setTimeout(120_000);

  test('passes against the local tenant', async () => {
    const { code, output } = await checkTenant({});
    expect(output).toContain('2 passed');
    expect(code, output).toBe(0);
  });

  test('fails, saying why, when Naver would receive another client_id', async () => {
    const { code, output } = await checkTenant({ NAVER_CLIENT_ID: 'NotTheConfiguredClient' });
    expect(code).not.toBe(0);
    expect(output).toContain('2 failed');
    expect(output).toContain('naverClientIdMismatch');
    expect(output).toContain('NotTheConfiguredClient');
  });
});
