import type { Locator } from '@playwright/test';
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
