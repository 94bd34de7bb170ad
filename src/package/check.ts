/**
 * `logto-naver check`: the browser check without this site. In Chromium it starts the sign-in, from
 * the team's app (`--app-url`) or from Logto's own sign-in for the App ID, presses the Naver button on
 * Logto's sign-in page when there is one, and stops at Naver's authorize page: that navigation (to
 * nid.naver.com, or the Naver mock's /oauth2.0/authorize) is intercepted, so Naver is never called.
 * Then it asserts what Logto sent: its redirect URI was accepted, Naver's client_id, and the
 * connector's callback as redirect_uri.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { z } from 'zod';
import { format } from '../i18n/define-strings.ts';
import type { Lang } from '../i18n/languages.ts';
import { createSafeFetch } from '../lib/safe-fetch.ts';
import { DEFAULT_SITE_ORIGIN } from '../preflight/cli/args.ts';
import { naverCallbackUrl } from '../tenant/naver-urls.ts';
import { playgroundUris } from '../tenant/redirect-uris.ts';
import { appIdSchema, endpointSchema, naverClientIdSchema } from '../tenant/settings.ts';
import { fetchSignInExperience, findConnector } from '../tenant/sign-in-experience.ts';
import { parseCommand, stringValue, type Env, type Parsed } from './args.ts';
import { packageStrings } from './strings.ts';

export interface BrowserCheckOptions {
  endpoint: string;
  appId: string;
  /** The team's URL that starts the sign-in; without it the check starts Logto's sign-in itself. */
  appUrl?: string | undefined;
  /** Without appUrl: the redirect URI the sign-in is started with. */
  redirectUri: string;
  expectedNaverClientId?: string | undefined;
  /** The Naver connector's id; read from the sign-in experience when absent. */
  connectorId?: string | undefined;
  timeoutMs: number;
  lang: Lang;
}

export type AssertionId = 'reached-naver' | 'redirect-uri' | 'client-id' | 'callback';

export interface BrowserCheckAssertion {
  id: AssertionId;
  ok: boolean;
  /** The assertion in words, with what was found when it did not hold. */
  text: string;
}

export interface BrowserCheckResult {
  ok: boolean;
  assertions: BrowserCheckAssertion[];
  /** The authorize URL the browser was sent to, when it got there. */
  naverAuthorizeUrl?: string;
}

export const DEFAULT_CHECK_REDIRECT_URI = playgroundUris(DEFAULT_SITE_ORIGIN).redirectUri;

/** Naver's authorize page, real (nid.naver.com) or the local mock: Naver's path, on any host. */
export function isNaverAuthorizeUrl(url: URL): boolean {
  return url.pathname === '/oauth2.0/authorize';
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** An authorization request as Logto's SDKs send one (PKCE, state), for the App ID. */
export function logtoSignInUrl(endpoint: string, appId: string, redirectUri: string): string {
  const url = new URL(`${endpoint.replace(/\/+$/, '')}/oidc/auth`);
  const verifier = base64url(randomBytes(32));
  url.search = new URLSearchParams({
    client_id: appId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile email',
    state: base64url(randomBytes(16)),
    prompt: 'consent',
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

/** The connector's id, as Logto's sign-in page learns it. */
async function naverConnectorId(options: BrowserCheckOptions): Promise<string | undefined> {
  if (options.connectorId) return options.connectorId;
  const fetch = createSafeFetch({ mode: 'LOCAL', timeoutMs: 10_000 });
  const result = await fetchSignInExperience(options.endpoint, (url, init) => fetch(url, init), options.appId);
  return result.kind === 'ok' ? findConnector(result.experience, 'naver')?.id : undefined;
}

/** Runs the check in `context` (a fresh one: it routes Naver's authorize page for its whole lifetime). */
export async function runBrowserCheck(context: BrowserContext, options: BrowserCheckOptions): Promise<BrowserCheckResult> {
  const t = packageStrings[options.lang];
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const connectorId = await naverConnectorId(options);

  let naverUrl: URL | undefined;
  let logtoAuthorize: URL | undefined;
  await context.route(
    (url) => isNaverAuthorizeUrl(url) && !url.href.startsWith(`${endpoint}/`),
    async (route) => {
      naverUrl ??= new URL(route.request().url());
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Naver (intercepted by logto-naver check)</title><p>Intercepted.</p>' });
    },
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (request.isNavigationRequest() && url.href.startsWith(`${endpoint}/oidc/auth`)) logtoAuthorize ??= url;
  });

  const page: Page = await context.newPage();
  const deadline = Date.now() + options.timeoutMs;
  await page.goto(options.appUrl ?? logtoSignInUrl(endpoint, options.appId, options.redirectUri), { timeout: options.timeoutMs }).catch(() => undefined);
  // Press through Logto's sign-in page: its Naver button, once, unless the app went straight to Naver.
  let pressed = false;
  while (!naverUrl && Date.now() < deadline) {
    if (!pressed) {
      const byId = connectorId ? page.locator(`button[data-connector-id="${connectorId}"]`) : undefined;
      const byName = page.getByRole('button', { name: /naver|네이버/i });
      const button = byId && (await byId.count()) > 0 ? byId.first() : (await byName.count()) > 0 ? byName.first() : undefined;
      if (button && (await button.isVisible().catch(() => false))) {
        pressed = true;
        await button.click({ timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
      }
    }
    await page.waitForTimeout(200);
  }

  const assertions: BrowserCheckAssertion[] = [];
  const appRedirectUri = logtoAuthorize?.searchParams.get('redirect_uri') ?? (options.appUrl ? undefined : options.redirectUri);
  if (!naverUrl) {
    const text = (await page.locator('body').innerText({ timeout: 2_000 }).catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 300);
    const stoppedAt = new URL(page.url());
    const where = format(t.checkStoppedAt, { url: `${stoppedAt.origin}${stoppedAt.pathname}`, text });
    // Logto answers a redirect URI it does not know with its error page, at its own authorize URL.
    const refusedAtLogto = appRedirectUri !== undefined && page.url().startsWith(`${endpoint}/oidc/`) && /redirect_uri/i.test(text);
    if (refusedAtLogto) assertions.push({ id: 'redirect-uri', ok: false, text: `${format(t.checkRedirectUriRefused, { redirectUri: appRedirectUri })}: ${where}` });
    assertions.push({ id: 'reached-naver', ok: false, text: `${t.checkDidNotReachNaver}: ${where}` });
    await page.close();
    return { ok: false, assertions };
  }

  assertions.push({ id: 'reached-naver', ok: true, text: format(t.checkReachedNaver, { url: `${naverUrl.origin}${naverUrl.pathname}` }) });
  assertions.push({ id: 'redirect-uri', ok: true, text: format(t.checkRedirectUriRegistered, { redirectUri: appRedirectUri ?? '?' }) });

  const clientId = naverUrl.searchParams.get('client_id') ?? '';
  const clientOk = options.expectedNaverClientId ? clientId === options.expectedNaverClientId : clientId !== '';
  const clientText = format(t.checkClientId, { clientId: options.expectedNaverClientId ?? clientId });
  assertions.push({
    id: 'client-id',
    ok: clientOk,
    text: clientOk ? clientText : `${clientText}: ${format(t.checkClientIdExpected, { expected: options.expectedNaverClientId ?? '…', actual: clientId || '∅' })}`,
  });

  const callback = connectorId ? naverCallbackUrl(endpoint, connectorId) : undefined;
  const sentBack = naverUrl.searchParams.get('redirect_uri') ?? '';
  if (!callback) {
    assertions.push({ id: 'callback', ok: false, text: t.checkNoConnector });
  } else {
    const ok = sentBack === callback;
    const text = format(t.checkCallback, { callback });
    assertions.push({ id: 'callback', ok, text: ok ? text : `${text}: ${format(t.checkCallbackWrong, { expected: callback, actual: sentBack || '∅' })}` });
  }
  await page.close();
  return { ok: assertions.every((assertion) => assertion.ok), assertions, naverAuthorizeUrl: naverUrl.href };
}

const uriSchema = z.url({ protocol: /^https?$/ });
const timeoutSchema = z.coerce.number().min(1).max(600);

export function parseCheckArgs(argv: readonly string[], env: Env): Parsed<Omit<BrowserCheckOptions, 'lang'>> {
  return parseCommand<Omit<BrowserCheckOptions, 'lang'>>(
    argv,
    env,
    {
      endpoint: { type: 'string' },
      'app-id': { type: 'string' },
      'app-url': { type: 'string' },
      'redirect-uri': { type: 'string' },
      'naver-client-id': { type: 'string' },
      'connector-id': { type: 'string' },
      timeout: { type: 'string' },
    },
    (values, lang) => {
      const t = packageStrings[lang];
      const endpointRaw = stringValue(values, 'endpoint', env, 'LOGTO_ENDPOINT');
      if (!endpointRaw) return { error: format(t.errorMissing, { option: '--endpoint' }) };
      const endpoint = endpointSchema.safeParse(endpointRaw);
      if (!endpoint.success) return { error: format(t.errorEndpoint, { option: '--endpoint' }) };
      const appIdRaw = stringValue(values, 'app-id', env, 'LOGTO_APP_ID');
      if (!appIdRaw) return { error: format(t.errorMissing, { option: '--app-id' }) };
      const appId = appIdSchema.safeParse(appIdRaw);
      if (!appId.success) return { error: t.errorAppId };
      const appUrl = uriSchema.optional().safeParse(stringValue(values, 'app-url', env));
      if (!appUrl.success) return { error: format(t.errorUri, { option: '--app-url' }) };
      const redirectUri = uriSchema.safeParse(stringValue(values, 'redirect-uri', env, 'LOGTO_REDIRECT_URI') ?? DEFAULT_CHECK_REDIRECT_URI);
      if (!redirectUri.success) return { error: format(t.errorUri, { option: '--redirect-uri' }) };
      const clientId = naverClientIdSchema.optional().safeParse(stringValue(values, 'naver-client-id', env, 'NAVER_CLIENT_ID'));
      if (!clientId.success) return { error: t.errorNaverClientId };
      const connectorId = z.string().regex(/^[0-9a-zA-Z_-]+$/).optional().safeParse(stringValue(values, 'connector-id', env));
      if (!connectorId.success) return { error: format(t.errorArgs, { message: '--connector-id' }) };
      const timeout = timeoutSchema.safeParse(stringValue(values, 'timeout', env) ?? '30');
      if (!timeout.success) return { error: t.errorTimeout };
      return {
        endpoint: endpoint.data,
        appId: appId.data,
        appUrl: appUrl.data,
        redirectUri: redirectUri.data,
        expectedNaverClientId: clientId.data,
        connectorId: connectorId.data,
        timeoutMs: timeout.data * 1000,
      };
    },
  );
}

type PlaywrightModule = typeof import('@playwright/test');

/** Playwright, from the team's project: @playwright/test, else playwright (both optional peers). */
async function loadPlaywright(): Promise<Pick<PlaywrightModule, 'chromium'> | undefined> {
  for (const name of ['@playwright/test', 'playwright']) {
    try {
      return (await import(name)) as Pick<PlaywrightModule, 'chromium'>;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/** Browsers already on the machine: Debian's Chromium, and the Chrome GitHub's Ubuntu runners come with. */
const installedBrowsers = ['/usr/bin/chromium', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH, else an installed Chromium or Chrome, else Playwright's own browser. */
export function chromiumExecutable(env: Env): string | undefined {
  if (env['CHROMIUM_PATH']) return env['CHROMIUM_PATH'];
  return installedBrowsers.find((path) => existsSync(path));
}

export async function checkCommand(argv: readonly string[], env: Env): Promise<number> {
  const command = parseCheckArgs(argv, env);
  if (command.kind === 'help') {
    process.stdout.write(`${format(packageStrings[command.lang].checkUsage, { defaultRedirectUri: DEFAULT_CHECK_REDIRECT_URI })}\n`);
    return 0;
  }
  const t = packageStrings[command.lang];
  if (command.kind === 'usage-error') {
    process.stderr.write(`${command.message}\n${t.seeHelp}\n`);
    return 2;
  }
  const playwright = await loadPlaywright();
  if (!playwright) {
    process.stderr.write(`${t.checkNoPlaywright}\n`);
    return 2;
  }
  const executablePath = chromiumExecutable(env);
  const browser = await playwright.chromium.launch({ headless: true, ...(executablePath ? { executablePath } : {}) });
  try {
    const context = await browser.newContext({ locale: command.lang });
    const result = await runBrowserCheck(context, { ...command.options, lang: command.lang });
    for (const assertion of result.assertions) {
      const line = format(assertion.ok ? t.checkPass : t.checkFail, { what: assertion.text });
      process.stdout.write(`${line}\n`);
    }
    process.stdout.write(`\n${result.ok ? t.checkSummaryOk : t.checkSummaryFailed}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await browser.close();
  }
}
