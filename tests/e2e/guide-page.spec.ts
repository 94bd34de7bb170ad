import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholders, secretPlaceholder } from '../../src/guide/placeholders.ts';
import { sampleCode, sampleTabs } from '../../src/guide/samples.ts';
import { stepAnchor, stepIds } from '../../src/guide/steps.ts';
import { languageNames, languages } from '../../src/i18n/languages.ts';
import { LOCAL_DEMO_APP, sampleUris } from '../../src/lib/local-tenant-defaults.ts';
import { playgroundUris } from '../../src/tenant/redirect-uris.ts';
import { stepVerifierLabels } from '../../src/preflight/describe.ts';

const projectRoot = join(import.meta.dirname, '../..');
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';

/** The island replaces its fallback after load; the guide script reacts to it. */
async function openGuide(page: Page, lang: string) {
  await page.goto(`/${lang}/`);
  await expect(page.locator('[data-playground-region] [data-playground-panel]')).toBeAttached();
}

test.describe('the guide page', () => {
  for (const lang of languages) {
    test(`${lang}: nine steps in order, each under its stable anchor, every in-page link resolving`, async ({ page }) => {
      await openGuide(page, lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      const anchors = await page.locator('section.step > header h2').evaluateAll((hs) => hs.map((h) => h.id));
      expect(anchors).toEqual(stepIds.map(stepAnchor));

      const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
      expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
      const targets = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      expect(targets.length).toBeGreaterThan(stepIds.length);
      for (const target of targets) expect(ids, `#${target}`).toContain(target);
    });

    test(`${lang}: each step lists exactly what can verify it, and a step nothing verifies says so`, async ({ page }) => {
      await openGuide(page, lang);
      for (const step of stepIds) {
        const expected = stepVerifierLabels(step, lang);
        const listed = page.locator(`[data-checked-by="${step}"] li`);
        if (expected.length === 0) {
          await expect(listed, step).toHaveCount(0);
          await expect(page.locator(`#${stepAnchor(step)} + [data-step-status]`), step).toHaveAttribute('data-state', 'manual');
        } else {
          await expect(listed, step).toHaveText(expected);
        }
      }
      // The prerequisites are verified by discovery: the page must not call them "manual".
      await expect(page.locator(`#${stepAnchor('prerequisites')} + [data-step-status]`)).not.toHaveAttribute('data-state', 'manual');
    });

    test(`${lang}: is prerendered HTML with the playground as a server island`, async ({ request }) => {
      const response = await request.get(`/${lang}/`);
      expect(response.status()).toBe(200);
      expect(response.headers()['set-cookie']).toBeUndefined();
      const html = await response.text();
      // Built ahead of time: the file exists in the client output, byte for byte what is served.
      expect(readFileSync(join(projectRoot, outDir, 'client', lang, 'index.html'), 'utf8')).toBe(html);
      expect(html).toContain('data-island-id=');
      expect(html).not.toContain(LOCAL_DEMO_APP.secret);
    });
  }

  test('the language switcher links every language and marks the current one', async ({ page }) => {
    await openGuide(page, 'ja');
    const switcher = page.locator('header nav');
    for (const lang of languages) {
      await expect(switcher.getByRole('link', { name: languageNames[lang] })).toHaveAttribute('href', `/${lang}/`);
    }
    await expect(switcher.locator('[aria-current="page"]')).toHaveAttribute('hreflang', 'ja');
    await switcher.getByRole('link', { name: languageNames.ko }).click();
    await expect(page).toHaveURL(/\/ko\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });

  test('/ sends the reader to the language their browser asks for', async ({ request }) => {
    for (const [header, lang] of [
      ['ko-KR,ko;q=0.9,en;q=0.5', 'ko'],
      ['ja,en;q=0.8', 'ja'],
      ['fr-FR,de;q=0.5', 'en'],
    ] as const) {
      const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
      expect(response.status(), header).toBe(302);
      expect(response.headers()['location'], header).toBe(`/${lang}/`);
    }
  });

  for (const lang of languages) {
    test(`${lang}: each SDK tab shows its sample app’s real code, with comments in the reader’s language`, async ({ page, request }) => {
      await openGuide(page, lang);
      // Each tab shown once, so the ones sent on demand have arrived.
      const sdkTabs = page.locator('#code-flask').locator('xpath=..').getByRole('tab');
      for (const tab of await sdkTabs.all()) {
        await tab.click();
        await expect(page.locator(`#${await tab.getAttribute('aria-controls')} .code-tab-elsewhere`)).toHaveCount(0);
      }
      const blocks = page.locator('[data-sample-region]:not([data-sample-env])');
      for (const { id } of sampleTabs) await expect(blocks.locator(`xpath=self::*[starts-with(@data-sample-file, "examples/${id}/")]`).first()).toBeAttached();
      expect(await blocks.count()).toBeGreaterThan(10);
      for (const block of await blocks.all()) {
        const file = (await block.getAttribute('data-sample-file')) ?? '';
        const region = (await block.getAttribute('data-sample-region')) ?? '';
        const source = readFileSync(join(projectRoot, file), 'utf8');
        const expected = sampleCode(source, { lang, region: region === 'whole' ? undefined : region });
        expect(await block.locator('pre code').textContent(), `${file}#${region}`).toBe(expected);
      }
      // The complete files, linked under their names (sent once, as plain text, not inlined again).
      const app = page.locator('[data-sample-file="examples/flask/app.py"]:not([data-sample-region]) a');
      await expect(app).toContainText('examples/flask/app.py');
      const whole = await request.get((await app.getAttribute('href')) ?? '');
      expect(whole.headers()['content-type']).toMatch(/^text\/plain/);
      expect((await whole.text()).trim()).toBe(sampleCode(readFileSync(join(projectRoot, 'examples/flask/app.py'), 'utf8'), { lang }).trim());
    });
  }

  test('code tabs switch with the mouse and the keyboard', async ({ page }) => {
    await openGuide(page, 'en');
    const tabs = page.locator('#code-flask').locator('xpath=..').getByRole('tablist');
    const flask = tabs.getByRole('tab', { name: 'Python / Flask' });
    const express = tabs.getByRole('tab', { name: 'Node / Express' });
    await expect(flask).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#code-express')).toBeHidden();
    await express.click();
    await expect(express).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#code-express [data-sample-file="examples/express/app.js"]').first()).toBeVisible();
    await expect(page.locator('#code-flask')).toBeHidden();
    await express.press('ArrowLeft');
    await expect(flask).toBeFocused();
    await expect(flask).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#code-flask')).toBeVisible();
  });

  test('an SDK tab after the first arrives when chosen: its code, copy buttons and links, in the page’s language', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openGuide(page, 'ko');
    const express = page.locator('#code-express');
    // The page sends a link, not the code.
    await expect(express.locator('pre')).toHaveCount(0);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.locator('#code-flask').locator('xpath=..').getByRole('tab', { name: 'Node / Express' }).click();
    const app = express.locator('[data-sample-file="examples/express/app.js"][data-sample-region="routes"] pre code');
    await expect(app).toContainText('handleAuthRoutes');
    expect(fetched).toContain('/ko/sdk/express/tab.html');
    await expect(express.locator('.code-tab-elsewhere')).toHaveCount(0);
    await expect(express).not.toHaveAttribute('aria-busy', /./);
    // Its headings sit under the tab's, as they would had the page sent them.
    await expect(express.locator('h4').first()).toBeVisible();
    await expect(express.locator('h2, h3:not(.code-tab-title)')).toHaveCount(0);
    await express.locator('[data-sample-region="routes"] .copy-button').click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(((await app.textContent()) ?? '').trim());
    // A link to another step stays on this page.
    await expect(express.locator('a[href="#step-create-logto-app"]').first()).toBeAttached();
    // Chosen again, it is not fetched again.
    await page.locator('#code-flask').locator('xpath=..').getByRole('tab', { name: 'Python / Flask' }).click();
    await page.locator('#code-flask').locator('xpath=..').getByRole('tab', { name: 'Node / Express' }).click();
    expect(fetched.filter((path) => path.endsWith('/tab.html'))).toEqual(['/ko/sdk/express/tab.html']);
  });

  test('an SDK tab whose code cannot be fetched keeps its link and says so; the next showing tries again', async ({ page }) => {
    await openGuide(page, 'en');
    let refuse = true;
    await page.route('**/en/sdk/next/tab.html', (route) => (refuse ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
    const tabs = page.locator('#code-flask').locator('xpath=..').getByRole('tablist');
    await tabs.getByRole('tab', { name: 'Next.js (App Router)' }).click();
    const next = page.locator('#code-next');
    // Said where a screen reader hears it: the tab's status line, a polite live region.
    await expect(next.getByRole('status')).toHaveText(/did not load/);
    await expect(next.getByRole('link', { name: /Next\.js \(App Router\) code, on its own page/ })).toHaveAttribute('href', '/en/sdk/next/');
    refuse = false;
    await tabs.getByRole('tab', { name: 'Python / Flask' }).click();
    await tabs.getByRole('tab', { name: 'Next.js (App Router)' }).click();
    await expect(next.locator('[data-sample-file="examples/next/app/logto.ts"] pre code').first()).toContainText('LogtoNextConfig');
    await expect(next.locator('.code-tab-elsewhere')).toHaveCount(0);
    await expect(next.getByRole('status')).toHaveCount(0);
  });

  test('an SDK tab takes only the HTML fragment it asked for: a redirect or another type of answer is a failure', async ({ page }) => {
    await openGuide(page, 'en');
    // A host or proxy that answers the fragment's URL with something else (a redirect to a whole page,
    // a JSON error) must not have that put in the guide as the SDK's code.
    let answer: 'redirect' | 'json' = 'redirect';
    await page.route('**/en/sdk/next/tab.html', (route) =>
      answer === 'redirect'
        ? route.fulfill({ status: 302, headers: { location: '/en/' } })
        : route.fulfill({ status: 200, contentType: 'application/json', body: '{"code":"<h2>not the code</h2>"}' }),
    );
    const tabs = page.locator('#code-flask').locator('xpath=..').getByRole('tablist');
    const next = page.locator('#code-next');
    for (const kind of ['redirect', 'json'] as const) {
      answer = kind;
      await tabs.getByRole('tab', { name: 'Next.js (App Router)' }).click();
      // The status line still says the last failure: wait for this answer to be dealt with first.
      await expect(next, kind).not.toHaveAttribute('aria-busy', 'true');
      await expect(next.getByRole('status'), kind).toHaveText(/did not load/);
      await expect(next.locator('.code-tab-elsewhere a'), kind).toHaveAttribute('href', '/en/sdk/next/');
      await expect(next.locator('h1, h2, [data-sample-file]'), kind).toHaveCount(0);
      await tabs.getByRole('tab', { name: 'Python / Flask' }).click();
    }
  });

  test('the chosen SDK is the same in every step and is kept for the next visit', async ({ page }) => {
    await openGuide(page, 'en');
    const step2 = page.locator('#code-uris-flask').locator('xpath=..');
    const step3 = page.locator('#code-flask').locator('xpath=..');
    await step3.getByRole('tab', { name: 'Next.js (App Router)' }).click();
    // Step 2 follows: the URIs to register are the Next.js sample's.
    await expect(step2.getByRole('tab', { name: 'Next.js (App Router)' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#code-uris-next')).toBeVisible();
    await expect(page.locator('#code-uris-flask')).toBeHidden();
    await expect(page.locator('[data-sample-uris="next"] code').first()).toHaveText(sampleUris('next').redirectUri);
    await expect(page.locator('[data-sample-uris="next"] code').nth(1)).toHaveText(sampleUris('next').postSignOutRedirectUri);

    // Another visit, in another language: the choice holds.
    await openGuide(page, 'ko');
    await expect(page.locator('#code-next')).toBeVisible();
    // Kept choices after the first SDK arrive on load.
    await expect(page.locator('#code-next [data-sample-env="next"] code')).toContainText('LOGTO_ENDPOINT=');
    await expect(page.locator('#code-flask')).toBeHidden();
    await expect(page.locator('#code-uris-next')).toBeVisible();
    // A value the page no longer offers falls back to the first tab.
    await page.evaluate(() => localStorage.setItem('guide:code-tab:sdk', 'rails'));
    await page.reload();
    await expect(page.locator('#code-flask')).toBeVisible();
    await expect(page.locator('#code-uris-flask')).toBeVisible();
  });

  test('Home and End move between code tabs without scrolling the page away from them', async ({ page }) => {
    await openGuide(page, 'en');
    const tabs = page.locator('#code-flask').locator('xpath=..').getByRole('tablist');
    const python = tabs.getByRole('tab', { name: sampleTabs[0]?.label ?? '' });
    const last = tabs.getByRole('tab', { name: sampleTabs.at(-1)?.label ?? '' });
    await python.focus();
    await python.press('End');
    await expect(last).toBeFocused();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(last).toBeInViewport();
    await last.press('Home');
    await expect(python).toBeFocused();
    await expect(python).toHaveAttribute('aria-selected', 'true');
    await expect(python).toBeInViewport();
    // Keys the tabs do not handle keep their browser meaning.
    await expect(page.locator('#code-flask')).toBeVisible();
  });

  test('the keyboard reaches the step list, the tabs and the copy buttons, each with a visible focus ring', async ({ page }) => {
    await openGuide(page, 'en');
    const targets = [
      page.getByRole('navigation', { name: 'Steps' }).getByRole('link').first(),
      page.getByRole('tablist').first().getByRole('tab', { selected: true }),
      page.locator('main .code-frame .copy-button').first(),
    ];
    for (const target of targets) {
      // Arrive by keyboard: focus the element before it, then Tab.
      await target.evaluate((element) => {
        const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')].filter(
          (candidate) => candidate.tabIndex >= 0 && candidate.getClientRects().length > 0,
        );
        focusable[focusable.indexOf(element as HTMLElement) - 1]?.focus();
      });
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      const ring = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return { visible: element.matches(':focus-visible'), style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });
      expect(ring.visible).toBe(true);
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
    }
  });

  test('every code block has a copy button that copies its code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openGuide(page, 'en');
    const blocks = page.locator('main pre');
    const count = await blocks.count();
    expect(count).toBeGreaterThan(5);
    await expect(page.locator('main .code-frame > pre + .copy-button')).toHaveCount(count);

    const frame = page.locator('main .code-frame').filter({ has: page.locator('code.language-python') }).first();
    await frame.getByRole('button', { name: 'Copy' }).click();
    await expect(frame.getByRole('button')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(((await frame.locator('code').textContent()) ?? '').trim());
    expect(copied).toContain('from logto import');
    // The complete file, linked, is the file as the reader would save it.
    const href = (await page.locator('[data-sample-file="examples/flask/app.py"]:not([data-sample-region]) a').getAttribute('href')) ?? '';
    const file = (await (await page.request.get(href)).text()).trim();
    expect(file).toBe(sampleCode(readFileSync(join(projectRoot, 'examples/flask/app.py'), 'utf8'), { lang: 'en' }).trim());
    expect(file).not.toContain('#region');
  });

  test('the reader’s values fill the snippets and the Naver URLs; verified steps are marked', async ({ page }) => {
    await openGuide(page, 'en');
    const config = page.locator('[data-sample-env="flask"] code');
    const callbackUrl = page.locator('[data-fill="callbackUrl"]').first();
    const panel = page.locator('[data-playground-panel]');
    // Filled from the panel as soon as it arrives (the local tenant's settings, for a new reader).
    const initialEndpoint = await panel.getAttribute('data-endpoint');
    expect(initialEndpoint).toMatch(/^http/);
    await expect(config).toContainText(`LOGTO_ENDPOINT=${initialEndpoint}`);
    await expect(config).not.toContainText(placeholders.endpoint);

    // The panel's attributes are its contract with the guide; change them as a new panel render would.
    await panel.evaluate((element) => {
      element.setAttribute('data-endpoint', 'https://abc123.logto.app');
      element.setAttribute('data-app-id', 'a1b2c3d4e5f6g7h8i9j0k');
      element.setAttribute('data-connector-id', 'naverconn123');
      element.setAttribute('data-site-origin', 'https://shop.example');
      element.setAttribute('data-verified-steps', 'create-logto-app integrate-sdk');
    });
    await expect(config).toContainText('LOGTO_ENDPOINT=https://abc123.logto.app');
    await expect(config).toContainText('LOGTO_APP_ID=a1b2c3d4e5f6g7h8i9j0k');
    await expect(config).toContainText(`LOGTO_APP_SECRET=${secretPlaceholder}`);
    // Every sample's .env, and nothing of the code itself (which holds no placeholder to fill); an
    // on-demand tab's too, filled when its code arrives after the values changed.
    await expect(page.locator('[data-sample-env="next"]')).toHaveCount(0);
    await page.locator('#code-flask').locator('xpath=..').getByRole('tab', { name: 'Next.js (App Router)' }).click();
    await expect(page.locator('[data-sample-env="next"] code')).toContainText('LOGTO_APP_ID=a1b2c3d4e5f6g7h8i9j0k');
    await expect(page.locator('[data-sample-env="next"] code')).toContainText('LOGTO_ENDPOINT=https://abc123.logto.app');
    await expect(callbackUrl).toHaveText('https://abc123.logto.app/callback/naverconn123');
    await expect(page.locator('[data-fill="serviceUrl"]').first()).toHaveText('https://shop.example');
    // Step 2's playground URIs are the ones the playground registers, for the origin it runs on.
    const uris = playgroundUris('https://shop.example');
    const createApp = page.locator(`#${stepAnchor('create-logto-app')}`).locator('xpath=ancestor::section');
    await expect(createApp.locator('[data-fill="playgroundRedirectUri"]')).toHaveText(uris.redirectUri);
    await expect(createApp.locator('[data-fill="playgroundPostSignOutUri"]')).toHaveText(uris.postSignOutRedirectUri);
    await expect(createApp.locator('[data-fill="playgroundRedirectUri"] + .copy-button')).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Steps' });
    await expect(nav.locator('[data-step-status="create-logto-app"]')).toHaveText('Verified');
    await expect(nav.locator('[data-step-status="integrate-sdk"]')).toHaveText('Verified');
    await expect(nav.locator('[data-step-status="register-naver-app"]')).toHaveText('Not verified yet');
    await expect(page.locator(`#${stepAnchor('create-logto-app')} + [data-step-status]`)).toHaveText('Verified');
    // Checkable: every step something can verify (src/preflight/verified-steps.ts), prerequisites included.
    const checkable = stepIds.filter((step) => stepVerifierLabels(step, 'en').length > 0).length;
    await expect(nav.locator('[data-progress]')).toHaveText(`2 of ${checkable} checkable steps verified`);
  });
});
