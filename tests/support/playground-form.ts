import type { Locator, Page } from '@playwright/test';
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
 * The playground's settings form, ready to type into: once settings are saved it sits behind the "Edit
 * settings" disclosure (src/playground/components/TenantSettings.astro), which this opens as a reader does.
 */
export async function revealSettingsForm(scope: Page | Locator): Promise<Locator> {
  const edit = scope.locator('details[data-settings-edit]').first();
  if ((await edit.count()) > 0 && !(await edit.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await edit.locator('summary').click();
  }
  return scope.locator('form[action="/playground/settings"]').first();
}
