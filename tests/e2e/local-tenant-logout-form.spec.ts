import { expect, test, type Page } from '@playwright/test';
import { renderLogoutForm } from '../../src/local-tenant/pages/logout-pages.ts';
import { koaRequestIn } from '../support/koa-request.ts';

/**
 * The sign-out page sends oidc-provider's confirmation form with `logout=yes` (an input that belongs to
 * the form through its `form` attribute), so the whole session ends: at once with JavaScript, by the
 * button without it. The page is served to a real browser; the form's post is caught, not sent.
 */

const endSession = 'http://tenant.test/oidc/session/end';
const confirm = `${endSession}/confirm`;
const providerForm = `<form id="op.logoutForm" method="post" action="${confirm}"><input type="hidden" name="xsrf" value="xsrf-token"/></form>`;

/** Opens the page; `posted` is what the browser then sends to the confirmation endpoint. */
async function openSignOutPage(page: Page): Promise<{ posted: Promise<Record<string, string>> }> {
  await page.route(endSession, (route) =>
    route.fulfill({ contentType: 'text/html', body: renderLogoutForm(providerForm, koaRequestIn('en')) }),
  );
  await page.route(confirm, (route) => route.fulfill({ contentType: 'text/plain', body: 'confirmed' }));
  const posted = page.waitForRequest(confirm).then((request) => Object.fromEntries(new URLSearchParams(request.postData() ?? '')));
  await page.goto(endSession, { waitUntil: 'commit' });
  return { posted };
}

test('with JavaScript the page posts the form with logout=yes by itself', async ({ page }) => {
  const { posted } = await openSignOutPage(page);
  expect(await posted).toEqual({ xsrf: 'xsrf-token', logout: 'yes' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the button posts the same form, logout=yes included', async ({ page }) => {
    const { posted } = await openSignOutPage(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await posted).toEqual({ xsrf: 'xsrf-token', logout: 'yes' });
  });
});
