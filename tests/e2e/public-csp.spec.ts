/**
 * The site under its own Content-Security-Policy: a reader walks the guide (the island loads, copy
 * buttons, code tabs), then the whole Naver sign-in from the guide's embedded panel and back, and
 * the browser reports no violation on any of the site's pages.
 */
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin } from '../support/ports.ts';
import { panelParts } from '../../src/playground/parts/panel-parts.ts';
import { answerAtNaver, openPart, panel, startSignIn } from '../support/playground-page.ts';

test('the guide, the island, copy buttons, tabs and the full sign-in run with zero CSP violations', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: testSiteOrigin });
  const violations: string[] = [];
  // Reported from every page the tab shows, across navigations (the report function outlives them).
  await page.exposeFunction('reportCspViolation', (report: string) => violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.documentURI} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`;
      (window as unknown as { reportCspViolation(report: string): void }).reportCspViolation(report);
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text()) && page.url().startsWith(testSiteOrigin)) {
      violations.push(`console: ${message.text()}`);
    }
  });

  await page.goto('/en/');
  // The island replaced its fallback: the panel's script-made copy buttons are there.
  await expect(panel(page).locator('[data-signed-in]').or(panel(page))).toBeVisible();
  await expect(page.locator('.copy-button').first()).toBeVisible();
  await page.locator('.copy-button').first().click();
  const tabs = page.getByRole('tab');
  if ((await tabs.count()) > 1) {
    await tabs.nth(1).click();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  }

  const user = defaultNaverTestUsers[0];
  await startSignIn(page, testNaverMockOrigin);
  await answerAtNaver(page, { nickname: user.nickname });
  await page.waitForURL((url) => url.origin === testSiteOrigin);
  await expect(panel(page).locator('[data-flow-state]')).toContainText(user.nickname);
  // The signed-in panel (Naver profile picture, tokens, trace) on its own page and in another language.
  // Its parts opened, which the panel's script fetches and puts in place, there and beside the guide.
  await page.goto('/en/playground/');
  await expect(panel(page).locator('[data-identity]')).toBeVisible();
  for (const part of panelParts) await openPart(page, part);
  await page.goto('/ja/');
  await expect(panel(page)).toBeVisible();
  for (const part of panelParts) await openPart(page, part);

  expect(violations).toEqual([]);
});
