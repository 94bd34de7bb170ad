/**
 * `import { test, expect } from 'logto-naver/playwright'`: Playwright's test with a worker-scoped Logto +
 * Naver sandbox (the local tenant and the Naver mock, started once per worker and stopped after its
 * last test), `naver.agree(page, { user })` / `naver.cancel(page)` on the mock's consent page, and
 * `expectNaverAuthorize(page, { clientId })` for a real tenant, where Naver's page must not be reached.
 * It composes with mergeTests like any extended test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { isNaverAuthorizeUrl } from './check.ts';
import { startSandbox, type SandboxSettings, type StartedSandbox } from './sandbox.ts';

export interface NaverConsent {
  /** Agrees on the mock's consent page as `user` (a test account's nickname or id; default the first). */
  agree(page: Page, options?: { user?: string; shareEmail?: boolean }): Promise<void>;
  /** Presses 취소 (cancel) on the mock's consent page. */
  cancel(page: Page): Promise<void>;
}

/** The mock's consent page: its form posts to /oauth2.0/authorize. */
async function consentForm(page: Page) {
  await page.waitForURL((url) => isNaverAuthorizeUrl(url));
  const form = page.locator('form[action="/oauth2.0/authorize"]');
  await form.waitFor();
  return form;
}

export const naver: NaverConsent = {
  async agree(page, { user, shareEmail } = {}) {
    const form = await consentForm(page);
    if (user !== undefined) {
      const byId = form.locator(`input[name="user_id"][value="${user.replace(/["\\]/g, '\\$&')}"]`);
      await ((await byId.count()) > 0 ? byId.check() : form.getByLabel(user, { exact: false }).first().check());
    }
    const share = form.locator('input[name="share_email"]');
    if (shareEmail !== undefined && (await share.count()) > 0) await share.setChecked(shareEmail);
    await form.getByRole('button', { name: '동의하기' }).click();
  },
  async cancel(page) {
    const form = await consentForm(page);
    await form.getByRole('button', { name: '취소' }).click();
  },
};

export interface ExpectNaverAuthorizeOptions {
  /** The Client ID Naver must receive. */
  clientId: string;
  /** The connector's callback Naver must be sent back to, `{endpoint}/callback/{connectorId}`. */
  redirectUri?: string;
  /** How long to wait for the navigation (default 15 s). */
  timeout?: number;
}

/**
 * Arms an interception of Naver's authorize page on `page`, then resolves with its URL once the page
 * goes there, after asserting client_id, response_type and state (and redirect_uri when given). The
 * navigation is answered with a stub page: Naver is never called. Call it before the click that signs
 * in, await it after:
 *
 *   const authorize = expectNaverAuthorize(page, { clientId: 'your-naver-client-id' });
 *   await page.getByRole('link', { name: 'Sign in' }).click();
 *   await authorize;
 */
export function expectNaverAuthorize(page: Page, options: ExpectNaverAuthorizeOptions): Promise<URL> {
  let resolve!: (url: URL) => void;
  const seen = new Promise<URL>((settle) => (resolve = settle));
  const routed = page.route(isNaverAuthorizeUrl, async (route) => {
    resolve(new URL(route.request().url()));
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Naver (intercepted)</title>' });
  });
  return (async () => {
    await routed;
    const timeout = options.timeout ?? 15_000;
    let timer: NodeJS.Timeout | undefined;
    const url = await Promise.race([
      seen,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`The page did not go to Naver's authorize page within ${timeout} ms (it is at ${page.url()})`)), timeout);
      }),
    ]).finally(() => clearTimeout(timer));
    expect(url.searchParams.get('client_id'), 'the client_id Logto sends to Naver').toBe(options.clientId);
    expect(url.searchParams.get('response_type'), 'response_type').toBe('code');
    expect(url.searchParams.get('state'), 'state').toBeTruthy();
    if (options.redirectUri !== undefined) expect(url.searchParams.get('redirect_uri'), 'the connector’s callback').toBe(options.redirectUri);
    return url;
  })();
}

export interface LogtoNaverWorkerFixtures {
  /** How the worker's sandbox is started: `test.use({ sandboxOptions: { redirectUris: [...] } })` or the config's `use`. */
  sandboxOptions: SandboxSettings;
  /** The worker's sandbox: its endpoint, the app to sign in with, the Naver mock. */
  logtoSandbox: Omit<StartedSandbox, 'stop' | 'ended'>;
}

export interface LogtoNaverTestFixtures {
  naver: NaverConsent;
}

export const test = base.extend<LogtoNaverTestFixtures, LogtoNaverWorkerFixtures>({
  sandboxOptions: [{}, { scope: 'worker', option: true }],
  logtoSandbox: [
    async ({ sandboxOptions }, use) => {
      const sandbox = await startSandbox(sandboxOptions);
      try {
        const { stop: _stop, ended: _ended, ...info } = sandbox;
        await use(info);
      } finally {
        await sandbox.stop();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  naver: async ({}, use) => {
    await use(naver);
  },
});

export { expect };
export type { SandboxSettings, StartedSandbox };
