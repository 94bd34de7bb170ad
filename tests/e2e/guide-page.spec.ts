import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_SNIPPET_FILE } from '../../src/guide/node-snippet-source.ts';
import { placeholders, secretPlaceholder } from '../../src/guide/placeholders.ts';
import { guideSnippet } from '../../src/guide/snippet-regions.ts';
import { stepAnchor, stepIds } from '../../src/guide/steps.ts';
import { languageNames, languages } from '../../src/i18n/languages.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
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
    test(`${lang}: the Node tab shows the playground's real code`, async ({ page }) => {
      await openGuide(page, lang);
      const expected = guideSnippet(readFileSync(join(projectRoot, NODE_SNIPPET_FILE), 'utf8'));
      expect(await page.locator('[data-node-snippet] code').textContent()).toBe(expected);
    });
  }

  test('code tabs switch with the mouse and the keyboard', async ({ page }) => {
    await openGuide(page, 'en');
    const tabs = page.getByRole('tablist').first();
    const python = tabs.getByRole('tab', { name: 'Python / Flask' });
    const node = tabs.getByRole('tab', { name: 'Node / TypeScript' });
    await expect(python).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-node-snippet]')).toBeHidden();
    await node.click();
    await expect(node).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-node-snippet]')).toBeVisible();
    await expect(page.locator('#code-python')).toBeHidden();
    await node.press('ArrowLeft');
    await expect(python).toBeFocused();
    await expect(python).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#code-python')).toBeVisible();
  });

  test('Home and End move between code tabs without scrolling the page away from them', async ({ page }) => {
    await openGuide(page, 'en');
    const tabs = page.getByRole('tablist').first();
    const python = tabs.getByRole('tab', { name: 'Python / Flask' });
    const node = tabs.getByRole('tab', { name: 'Node / TypeScript' });
    await python.focus();
    await python.press('End');
    await expect(node).toBeFocused();
    await expect(node).toHaveAttribute('aria-selected', 'true');
    await expect(node).toBeInViewport();
    await node.press('Home');
    await expect(python).toBeFocused();
    await expect(python).toHaveAttribute('aria-selected', 'true');
    await expect(python).toBeInViewport();
    // Keys the tabs do not handle keep their browser meaning.
    await expect(page.locator('#code-python')).toBeVisible();
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
  });

  test('the reader’s values fill the snippets and the Naver URLs; verified steps are marked', async ({ page }) => {
    await openGuide(page, 'en');
    const config = page.locator('code.language-python').filter({ hasText: 'LogtoConfig(' }).first();
    const callbackUrl = page.locator('[data-fill="callbackUrl"]').first();
    const panel = page.locator('[data-playground-panel]');
    // Filled from the panel as soon as it arrives (the local tenant's settings, for a new reader).
    const initialEndpoint = await panel.getAttribute('data-endpoint');
    expect(initialEndpoint).toMatch(/^http/);
    await expect(config).toContainText(`endpoint="${initialEndpoint}"`);
    await expect(config).not.toContainText(placeholders.endpoint);

    // The panel's attributes are its contract with the guide; change them as a new panel render would.
    await panel.evaluate((element) => {
      element.setAttribute('data-endpoint', 'https://abc123.logto.app');
      element.setAttribute('data-app-id', 'a1b2c3d4e5f6g7h8i9j0k');
      element.setAttribute('data-connector-id', 'naverconn123');
      element.setAttribute('data-site-origin', 'https://shop.example');
      element.setAttribute('data-verified-steps', 'create-logto-app integrate-sdk');
    });
    await expect(config).toContainText('endpoint="https://abc123.logto.app"');
    await expect(config).toContainText('appId="a1b2c3d4e5f6g7h8i9j0k"');
    await expect(config).toContainText(`appSecret="${secretPlaceholder}"`);
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
