import { playgroundStrings } from '../../src/playground/strings.ts';
import { format } from '../../src/i18n/define-strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { testTenantEndpoint } from '../support/ports.ts';
import { revealSettingsForm } from '../support/playground-form.ts';
import { openPlayground, panel, saveSettings } from '../support/playground-page.ts';

/**
 * Readers copy the issuer or the discovery URL from Logto Console where the endpoint belongs. The
 * playground understands both, saves the origin, and says which origin it used.
 */
for (const [lang, typed, form] of [
  ['ko', `${testTenantEndpoint}/oidc`, 'issuer'],
  ['ja', `${testTenantEndpoint}/oidc/.well-known/openid-configuration`, 'discovery'],
] as const) {
  test(`${lang}: an endpoint typed as the ${form} URL is saved as its origin, and the panel says so`, async ({ page }) => {
    const t = playgroundStrings[lang];
    await openPlayground(page, lang);
    await saveSettings(page, { endpoint: typed });
    const widget = panel(page);
    await expect(widget.locator('.pg-notice')).toHaveText(t.settingsSaved);
    await expect((await revealSettingsForm(widget)).locator('input[name="endpoint"]')).toHaveValue(testTenantEndpoint);
    const note = form === 'issuer' ? t.endpointFromIssuer : t.endpointFromDiscovery;
    await expect(widget.locator('[data-endpoint-note]')).toHaveText(format(note, { origin: testTenantEndpoint }));
    await expect(widget.locator('[data-diagnosis]')).toHaveCount(0);
  });
}
