import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from '../../src/i18n/languages.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { testTenantEndpoint } from './ports.ts';

/** Types the test tenant's settings into a playground settings form (found by its labels) and saves. */
export async function saveTestTenantSettings(form: Locator, lang: Lang): Promise<void> {
  const p = playgroundStrings[lang];
  await form.getByLabel(p.endpointLabel).fill(testTenantEndpoint);
  await form.getByLabel(p.appIdLabel, { exact: true }).fill(LOCAL_DEMO_APP.id);
  await form.getByLabel(p.appSecretLabel, { exact: true }).fill(LOCAL_DEMO_APP.secret);
  await form.getByRole('button', { name: p.saveSettings }).click();
}

/**
 * The playground's settings form, ready to type into: once settings are saved (or a sign-in came back) it
 * sits behind the "Edit settings" disclosure (src/playground/components/TenantSettings.astro), a panel part
 * fetched once opened, which this opens as a reader does; without JavaScript, its link renders it in place.
 */
export async function revealSettingsForm(scope: Page | Locator): Promise<Locator> {
  const edit = scope.locator('details[data-settings-edit]').first();
  if ((await edit.count()) > 0 && !(await edit.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await edit.locator('summary').click();
    // No script to fetch it: follow the link, as a reader without JavaScript does.
    const scriptless = await edit.evaluate((element) => element.ownerDocument.defaultView?.matchMedia('(scripting: none)').matches === true);
    if (scriptless && (await edit.getAttribute('data-part-src')) !== null) await edit.locator('[data-part-fallback]').click();
  }
  const form = scope.locator('form[action="/playground/settings"]').first();
  await expect(form).toBeVisible();
  return form;
}
