import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { languages } from '../../src/i18n/languages.ts';

const JS_BUDGET_GZIP = 10 * 1024;

// The page-weight budget as a check (sizes, not timings): all JavaScript the guide page runs, the
// server island's and the widget's included, stays within 10 KB gzip, with no UI framework runtime.
for (const lang of languages) {
  test(`${lang}: the guide page's JavaScript stays within ${JS_BUDGET_GZIP / 1024} KB gzip`, async ({ page }) => {
    const pending: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') pending.push(response.body());
    });
    await page.goto(`/${lang}/`);
    // Every script has arrived once the page has loaded (its module scripts and their imports) and the
    // island's own script has run (it marks the panel). Waited for by what they do, not by network
    // silence: in full suite runs `networkidle` sometimes never came although every request had finished.
    await page.waitForLoadState('load');
    await expect(page.locator('[data-playground-panel][data-copy-ready]')).toBeAttached();

    // Inline scripts: the island loader in the page, and any the island brought with it.
    const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    const islandLoaderSeen = (await page.content()).includes('replaceServerIsland');
    expect(islandLoaderSeen).toBe(true);

    const external = await Promise.all(pending);
    expect(external.length).toBeGreaterThan(0);
    const bodies = [...external, ...inline.map((text) => Buffer.from(text))];
    const gzip = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(gzip).toBeLessThanOrEqual(JS_BUDGET_GZIP);

    const allCode = bodies.map((body) => body.toString('utf8')).join('\n');
    expect(allCode).not.toMatch(/react-dom|__VUE__|\bpreact\b|svelte\/internal|@angular\/core|solid-js/);
  });
}

// Styles are global files (src/styles/), never a component's scoped <style>: Astro inlines the scoped style
// of every component inside the server island into each page that holds the island, and stamps
// data-astro-cid attributes on their elements, bytes the reader pays on every page instead of once.
for (const lang of languages) {
  test(`${lang}: the guide page and its panel carry no inline <style> and no scoped-style attributes`, async ({ page }) => {
    const response = await page.goto(`/${lang}/`);
    const served = (await response?.text()) ?? '';
    expect(served).toContain('<link rel="stylesheet"');
    await expect(page.locator('[data-playground-panel][data-copy-ready]')).toBeAttached();
    const rendered = await page.content();
    for (const html of [served, rendered]) {
      expect(html).not.toContain('<style');
      expect(html).not.toContain('data-astro-cid-');
    }
  });
}
