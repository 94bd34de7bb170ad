import AxeBuilder from '@axe-core/playwright';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin } from '../support/ports.ts';
import { answerAtNaver, openPart, openPlayground, panel, startSignIn } from '../support/playground-page.ts';

/**
 * The panel's seldom-opened parts in a browser: with JavaScript, opening one (by keyboard) fetches its
 * body into the disclosure, the focus staying on its summary; without, its link renders it in place.
 */
test.describe('the panel’s parts opened on demand', () => {
  test('opening the trace, the claims and the support bundle loads each, keyboard and focus kept, beside the guide too', async ({ page }) => {
    await openPlayground(page, 'en');
    await startSignIn(page, testNaverMockOrigin);
    await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
    await page.waitForURL(`${testSiteOrigin}/en/playground/`);
    const widget = panel(page);
    await expect(widget).toHaveAttribute('data-signed-in', 'true');
    // Closed and not rendered yet.
    await expect(widget.locator('[data-hop]')).toHaveCount(0);
    await expect(widget.locator('[data-claim]')).toHaveCount(0);

    const trace = await openPart(page, 'trace');
    await expect(trace.locator('summary')).toBeFocused();
    await expect(trace.locator('[data-hop="token-exchange"]')).toBeVisible();
    await expect(trace.locator('[data-part-body]')).toHaveAttribute('aria-live', 'polite');
    const claims = await openPart(page, 'claims');
    await expect(claims.locator('[data-claim="sub"] td')).toHaveText(/^".+"$/);
    const bundle = await openPart(page, 'bundle');
    const text = bundle.locator('textarea#support-bundle-text');
    await expect(text).toHaveValue(/generated: /);
    // The fetched bundle gets its copy button, worded like the panel's others.
    await expect(bundle.locator('button.copy-button')).toHaveText('Copy');
    // Closing and opening again fetches nothing new: the body stays.
    await trace.locator('summary').click();
    await trace.locator('summary').click();
    await expect(trace.locator('[data-hop]').first()).toBeVisible();
    // Opened and filled, the panel still has no axe violation.
    expect((await new AxeBuilder({ page }).include('#playground').analyze()).violations).toEqual([]);

    // Beside the guide, the island's panel loads its parts the same way.
    await page.goto('/en/#live-playground');
    await expect(panel(page)).toHaveAttribute('data-signed-in', 'true');
    const besideGuide = await openPart(page, 'claims');
    await expect(besideGuide.locator('[data-claim="sub"]')).toHaveCount(1);
  });

  test('without JavaScript, a part’s link renders it in place on the playground page', async ({ page, browser }) => {
    await openPlayground(page, 'ko');
    await startSignIn(page, testNaverMockOrigin);
    await answerAtNaver(page, { nickname: defaultNaverTestUsers[1].nickname });
    await page.waitForURL(`${testSiteOrigin}/ko/playground/`);
    const noScript = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false, baseURL: testSiteOrigin });
    const reader = await noScript.newPage();
    await reader.goto('/ko/playground/');
    const trace = panel(reader).locator('#pg-part-trace');
    await trace.locator('summary').click();
    await trace.getByRole('link', { name: playgroundStrings.ko.partShow }).click();
    await reader.waitForURL(/\/ko\/playground\/\?show=trace#pg-part-trace$/);
    await expect(panel(reader).locator('#pg-part-trace')).toHaveAttribute('open', '');
    await expect(panel(reader).locator('[data-hop="callback"]')).toBeVisible();
    // The others stay behind their links.
    await expect(panel(reader).locator('[data-claim]')).toHaveCount(0);
    await noScript.close();
  });
});
