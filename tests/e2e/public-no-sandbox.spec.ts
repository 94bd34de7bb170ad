/**
 * A PUBLIC site without a sandbox, in a browser: the prerendered guide was built with one (its scenario
 * links are in the HTML), but the panel, rendered at run time, says there is none, and the guide's
 * script hides every step's "Break it on purpose" list; the panel asks for the reader's own tenant.
 */
import { freePort } from '../../src/launcher/index.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test } from '../support/fixtures.ts';

test('the guide hides the fault lab’s links once the panel says this site has no sandbox (ja)', async ({ page, startSiteInstance }) => {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  await startSiteInstance({ PORT: String(port), PLAYGROUND_MODE: 'PUBLIC', SITE_ORIGIN: origin, COOKIE_SECRET: 'public-no-sandbox-secret-0123456789abcdef', SANDBOX_ENDPOINT: '' });
  await page.goto(`${origin}/ja/`);
  const panel = page.locator('[data-playground-panel][data-fault-lab="none"]');
  await expect(panel.locator('[data-bring-your-own-tenant]')).toHaveText(playgroundStrings.ja.bringYourOwnTenant);
  const lists = page.locator('[data-break-it]');
  expect(await lists.count()).toBeGreaterThan(0);
  for (const list of await lists.all()) await expect(list).toBeHidden();
  await expect(panel.locator('[data-sign-in]')).toHaveCount(0);
});
