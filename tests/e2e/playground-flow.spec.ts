import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { stepIds } from '../../src/guide/steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
import { revealSettingsForm } from '../support/playground-form.ts';
import { answerAtNaver, openPart, openPlayground, panel, saveSettings, startSignIn } from '../support/playground-page.ts';

test.describe('playground happy path on the local tenant', () => {
  test('settings → Sign in with Naver → consent → verified claims and Naver identity → sign out', async ({ page }) => {
    const user = defaultNaverTestUsers[1];
    await openPlayground(page, 'en');
    const widget = panel(page);

    // Prefilled with the local tenant's ready-made app: one click is enough.
    await expect(widget.locator('input[name="endpoint"]')).toHaveValue(testTenantEndpoint);
    await expect(widget.locator('input[name="appId"]')).toHaveValue(LOCAL_DEMO_APP.id);
    await expect(widget.locator('input[name="appSecret"]')).toHaveValue('');
    await expect(widget.locator('input[name="appSecret"]')).toHaveAttribute('placeholder', `••••${LOCAL_DEMO_APP.secret.slice(-4)}`);
    await expect(widget.locator('[data-flow-state]')).toHaveText('You are signed out.');
    await expect(widget.locator('code[data-copy-value]').first()).toHaveText(`${testSiteOrigin}/playground/callback`);

    await startSignIn(page, testNaverMockOrigin);
    await answerAtNaver(page, { nickname: user.nickname });
    await page.waitForURL(`${testSiteOrigin}/en/playground/`);

    await expect(widget.locator('[data-flow-state]')).toHaveText(`Signed in as ${user.nickname}.`);
    await expect(widget.locator('[data-diagnosis]')).toHaveCount(0);
    // Naver identity from userinfo.
    await expect(widget.locator('[data-identity-user-id]')).toHaveText(user.id);
    await expect(widget.locator('[data-identity-name]')).toHaveText(user.nickname);
    await expect(widget.locator('[data-identity-email]')).toHaveText(user.email);
    await expect(widget.locator('[data-identity] img')).toHaveAttribute('src', user.profile_image);
    // Verified ID token: header and claims (opened, as a reader opens them).
    await expect(widget.locator('[data-id-token]')).toContainText('"alg":"ES384"');
    await openPart(page, 'claims');
    await expect(widget.locator('[data-claim="iss"] td')).toHaveText(JSON.stringify(`${testTenantEndpoint}/oidc`));
    await expect(widget.locator('[data-claim="aud"] td')).toHaveText(JSON.stringify(LOCAL_DEMO_APP.id));
    await expect(widget.locator('[data-claim="email"] td')).toHaveText(JSON.stringify(user.email));
    // Tokens: all three issued, every value redacted.
    for (const kind of ['id_token', 'access_token', 'refresh_token']) {
      await expect(widget.locator(`[data-token="${kind}"] td`).first()).toHaveText(/^<redacted \d+ chars>$/);
    }
    await expect(widget.locator('[data-token="access_token"]')).toContainText('identities');
    // Trace: every server-side hop of the attempt, in order.
    await openPart(page, 'trace');
    const hops = await widget.locator('[data-trace] [data-hop]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-hop')));
    const order = ['authorization-request', 'callback', 'token-exchange', 'jwks', 'id-token-verification', 'userinfo'];
    const positions = order.map((kind) => hops.indexOf(kind));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    await expect(widget.locator('[data-hop="id-token-verification"]')).toContainText('kidInJwks');
    await expect(widget.locator('[data-hop="callback"]')).toContainText('<redacted');
    // Every step up to "test and verify" is proved.
    const verified = (await widget.getAttribute('data-verified-steps'))?.split(' ') ?? [];
    expect(verified).toEqual(stepIds.slice(0, stepIds.indexOf('test-and-verify') + 1));
    await expect(widget).toHaveAttribute('data-connector-id', LOCAL_NAVER_CONNECTOR.id);

    await widget.locator('[data-sign-out]').click();
    await page.waitForURL(`${testSiteOrigin}/en/playground/`);
    await expect(widget.locator('[data-flow-state]')).toHaveText('Signed out: Logto ended its session and sent you back.');
    await expect(widget.locator('[data-result]')).toHaveCount(0);
    await openPart(page, 'trace');
    await expect(widget.locator('[data-hop="signed-out"]')).toHaveCount(1);
    await expect(widget.locator('[data-sign-in]')).toBeVisible();
  });

  test('sign-up mode: a new Naver user gets an account, and the request asks for the sign-up screen', async ({ page, startTenant }) => {
    // A fresh tenant, so the Naver user is new there.
    const tenant = await startTenant();
    const user = defaultNaverTestUsers[2];
    await openPlayground(page, 'en');
    await saveSettings(page, { endpoint: tenant.endpoint, mode: 'signUp' });
    const widget = panel(page);
    await expect(widget.locator('.pg-notice')).toHaveText('Settings saved.');
    const settings = await revealSettingsForm(widget);
    await expect(settings.locator('input[name="interactionMode"][value="signUp"]')).toBeChecked();
    await expect(settings.locator('input[name="endpoint"]')).toHaveValue(tenant.endpoint);

    await startSignIn(page, tenant.naverMockOrigin);
    await answerAtNaver(page, { nickname: user.nickname });
    await page.waitForURL(`${testSiteOrigin}/en/playground/`);

    await expect(widget.locator('[data-flow-state]')).toHaveText(`Signed in as ${user.nickname}.`);
    await expect(widget.locator('[data-identity-user-id]')).toHaveText(user.id);
    await openPart(page, 'trace');
    const request = widget.locator('[data-hop="authorization-request"]');
    await expect(request).toContainText('interaction_mode');
    await expect(request).toContainText('signUp');
    await openPart(page, 'claims');
    await expect(widget.locator('[data-claim="iss"] td')).toHaveText(JSON.stringify(`${tenant.endpoint}/oidc`));
    // The account was created by this sign-up: its creation time is within the last minute.
    const createdAt = Number(await widget.locator('[data-claim="created_at"] td').textContent());
    expect(Date.now() - createdAt).toBeLessThan(60_000);
  });
});
