import AxeBuilder from '@axe-core/playwright';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { partElementId } from '../../src/playground/parts/panel-parts.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
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
    // The body is no live region (a form arriving in it would be read out label by label); only the
    // status line is, and it is gone with the link it sat beside.
    expect(await trace.locator('[data-part-body]').getAttribute('aria-live')).toBeNull();
    await expect(trace.getByRole('status')).toHaveCount(0);
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

  test('a part that cannot be fetched, or answers with a redirect, keeps its link and says so in its status line', async ({ page }) => {
    await openPlayground(page, 'ja');
    await startSignIn(page, testNaverMockOrigin);
    await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
    await page.waitForURL(`${testSiteOrigin}/ja/playground/`);
    // A redirect (a proxy's sign-in wall, a rate-limit page) is not the part: nothing of it enters the panel.
    const answers = [{ status: 302, headers: { location: '/ja/' } }, { status: 503, body: 'down' }];
    for (const [index, answer] of answers.entries()) {
      const part = index === 0 ? 'claims' : 'trace';
      await page.route('**/ja/playground/part**', (route) => route.fulfill(answer));
      const details = panel(page).locator(`#${partElementId(part)}`);
      await details.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(details.getByRole('status'), `${answer.status}`).toHaveText(playgroundStrings.ja.partLoadFailed);
      await expect(details.getByRole('link', { name: playgroundStrings.ja.partShow })).toBeVisible();
      await expect(details.locator('[data-claim], [data-hop], h1')).toHaveCount(0);
      await page.unroute('**/ja/playground/part**');
    }
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

  test('Edit settings, opened by keyboard, fetches the form; a refused save shows it open with its errors; a save comes back to the panel it was made in', async ({ page }) => {
    const t = playgroundStrings.en;
    await openPlayground(page, 'en');
    await startSignIn(page, testNaverMockOrigin);
    await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
    await page.waitForURL(`${testSiteOrigin}/en/playground/`);
    const tenant = panel(page).locator('[data-panel-section="tenant"]');
    // Signed in: the settings are one line, and the form is not on the page until Edit is opened.
    await expect(tenant.locator('[data-tenant-summary]')).toBeVisible();
    await expect(tenant.locator('form[action="/playground/settings"]')).toHaveCount(0);

    const edit = await openPart(page, 'settings');
    await expect(edit.locator('summary')).toBeFocused();
    await expect(edit.locator('summary')).toHaveText(t.editSettings);
    const form = edit.locator('form[action="/playground/settings"]');
    await expect(form.getByLabel(t.endpointLabel)).toHaveValue(testTenantEndpoint);
    await expect(form.locator('input[name="returnTo"]')).toHaveValue('/en/playground/');
    // The fetched form is reached by keyboard like the rest of the panel, with a visible focus ring.
    await page.keyboard.press('Tab');
    await expect(form.getByLabel(t.endpointLabel)).toBeFocused();
    await expect(form.getByLabel(t.endpointLabel)).toHaveCSS('outline-style', 'solid');
    expect((await new AxeBuilder({ page }).include('#playground').analyze()).violations).toEqual([]);

    // A refused save: back on the page, the form rendered open with its messages, no fetch needed.
    await form.getByLabel(t.endpointLabel).fill('http://example.com/console');
    await form.getByRole('button', { name: t.saveSettings }).click();
    await page.waitForURL(`${testSiteOrigin}/en/playground/`);
    const refused = panel(page).locator('#pg-part-settings');
    await expect(refused).toHaveAttribute('open', '');
    await expect(refused).not.toHaveAttribute('data-part-src');
    await expect(refused.getByRole('alert')).toHaveText(t.errorsHeading);
    await expect(refused.getByLabel(t.endpointLabel)).toHaveAttribute('aria-invalid', 'true');
    expect((await new AxeBuilder({ page }).include('#playground').analyze()).violations).toEqual([]);

    // Beside the guide (the refusal shown once already), the island's Edit fetches a form that comes back to the guide.
    await page.goto('/en/#live-playground');
    await expect(panel(page)).toHaveAttribute('data-signed-in', 'true');
    await expect(panel(page).locator('#pg-part-settings')).toHaveAttribute('data-part-src', '/en/playground/part?part=settings&home=guide');
    const besideGuide = await openPart(page, 'settings');
    const guideForm = besideGuide.locator('form[action="/playground/settings"]');
    await expect(guideForm.locator('input[name="returnTo"]')).toHaveValue('/en/#live-playground');
    await guideForm.locator('input[name="interactionMode"][value="signUp"]').check();
    await guideForm.getByRole('button', { name: t.saveSettings }).click();
    await page.waitForURL(`${testSiteOrigin}/en/#live-playground`);
    await expect(panel(page).locator('[role="status"].pg-notice')).toHaveText(t.settingsSaved);
    const again = await openPart(page, 'settings');
    await expect(again.locator('input[name="interactionMode"][value="signUp"]')).toBeChecked();
  });
});
