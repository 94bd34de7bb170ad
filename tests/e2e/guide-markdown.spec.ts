import { expect, test, type Page } from '@playwright/test';
import { fillValues } from '../../src/guide/fill-values.ts';
import { guideMarkdownHref } from '../../src/guide/llms-txt.ts';
import { placeholders, secretPlaceholder } from '../../src/guide/placeholders.ts';
import { guideStrings } from '../../src/guide/strings.ts';
import { languages } from '../../src/i18n/languages.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';

async function openGuide(page: Page, lang: string) {
  await page.goto(`/${lang}/`);
  await expect(page.locator('[data-playground-region] [data-playground-panel]')).toBeAttached();
}

for (const lang of languages) {
  test(`${lang}: the page links its Markdown, which is served as Markdown`, async ({ page, request }) => {
    await openGuide(page, lang);
    await expect(page.locator('head link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', guideMarkdownHref(lang));
    const link = page.getByRole('link', { name: guideStrings[lang].markdownLink });
    await expect(link).toHaveAttribute('href', guideMarkdownHref(lang));
    const response = await request.get(guideMarkdownHref(lang));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
    const markdown = await response.text();
    expect(markdown).toContain(`# ${guideStrings[lang].pageTitle}`);
    // Every SDK's code, though the page sends all but the first on demand (OnDemandCodeTab).
    const onDemand = await page.locator('[data-code-tab-src]').evaluateAll((panels) => panels.map((panel) => panel.id));
    expect(onDemand).toEqual(['code-express', 'code-next']);
    for (const code of ['from logto import', 'handleAuthRoutes', 'LogtoNextConfig']) expect(markdown).toContain(code);
  });
}

test('Copy as Markdown copies the guide with the reader’s values filled in, never the App secret', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openGuide(page, 'en');
  // The panel's attributes are its contract with the guide; set them as a panel render for this reader would.
  const reader = { endpoint: 'https://abc123.logto.app', appId: 'a1b2c3d4e5f6g7h8i9j0k', siteOrigin: 'https://shop.example', connectorId: 'naverconn123' };
  await page.locator('[data-playground-panel]').evaluate((element, values) => {
    element.setAttribute('data-endpoint', values.endpoint);
    element.setAttribute('data-app-id', values.appId);
    element.setAttribute('data-site-origin', values.siteOrigin);
    element.setAttribute('data-connector-id', values.connectorId);
  }, reader);
  // Found by where it is, not by its name, which changes once it has copied.
  const button = page.locator('[data-as-markdown] button');
  await expect(button).toHaveAccessibleName(guideStrings.en.copyAsMarkdown);
  await button.click();
  await expect(button).toHaveText(guideStrings.en.copyAsMarkdownDone);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`# ${guideStrings.en.pageTitle}`);
  expect(copied).toContain(`LOGTO_ENDPOINT=${reader.endpoint}`);
  expect(copied).toContain(`LOGTO_APP_ID=${reader.appId}`);
  expect(copied).toContain(fillValues(reader).callbackUrl);
  for (const placeholder of Object.values(placeholders)) expect(copied).not.toContain(placeholder);
  expect(copied).toContain(`LOGTO_APP_SECRET=${secretPlaceholder}`);
  expect(copied).not.toContain(LOCAL_DEMO_APP.secret);
});

test('a new reader’s copy carries the built-in tenant’s values from the panel, and no secret', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openGuide(page, 'ko');
  const endpoint = (await page.locator('[data-playground-panel]').getAttribute('data-endpoint')) ?? '';
  expect(endpoint).toMatch(/^http/);
  await page.getByRole('button', { name: guideStrings.ko.copyAsMarkdown }).click();
  await expect(page.getByRole('button', { name: guideStrings.ko.copyAsMarkdownDone })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`LOGTO_ENDPOINT=${endpoint}`);
  expect(copied).not.toContain(placeholders.endpoint);
  expect(copied).not.toContain(LOCAL_DEMO_APP.secret);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the Markdown link is there; the copy button, which needs script, is not', async ({ page }) => {
    await page.goto('/ja/');
    await expect(page.getByRole('link', { name: guideStrings.ja.markdownLink })).toHaveAttribute('href', guideMarkdownHref('ja'));
    await expect(page.getByRole('button', { name: guideStrings.ja.copyAsMarkdown })).toHaveCount(0);
  });
});

test('code blocks are highlighted with classes, in colours that follow the colour scheme', async ({ page }) => {
  const colours: Record<string, string> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openGuide(page, 'en');
    const keyword = page.locator('pre.hl code.language-python span[class^="c"]').first();
    await expect(keyword).toBeAttached();
    expect(await page.locator('pre.hl span[style]').count()).toBe(0);
    const token = await keyword.evaluate((element) => ({ colour: getComputedStyle(element).color, text: getComputedStyle(element.closest('pre')!).color }));
    expect(token.colour, 'a token has a colour of its own').not.toBe(token.text);
    colours[colorScheme] = token.colour;
  }
  expect(colours['light']).not.toBe(colours['dark']);
});
