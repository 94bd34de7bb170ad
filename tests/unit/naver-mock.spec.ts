import { expect, test } from '@playwright/test';
import { defaultNaverTestUsers, naverMockConfigSchema } from '../../src/local-tenant/naver-mock/index.ts';
import { GrantStore } from '../../src/local-tenant/naver-mock/grant-store.ts';
import { memoryStore } from '../../src/local-tenant/store/memory-store.ts';
import { naverMockLifetimes } from '../../src/local-tenant/naver-mock/lifetimes.ts';
import { consentPage, errorPage } from '../../src/local-tenant/naver-mock/pages.ts';
import { newVisitorTag, visitorAccount } from '../../src/local-tenant/naver-mock/visitor-accounts.ts';

const app = { clientId: 'naverClient', clientSecret: 'naverSecret', callbackUrls: ['http://localhost:3001/callback/abc'] };

test.describe('naverMockConfigSchema', () => {
  test('fills the defaults: app name, 200 for token errors, a working profile call', () => {
    const parsed = naverMockConfigSchema.parse({ apps: [app], users: [...defaultNaverTestUsers] });
    expect(parsed.apps[0]).toMatchObject({ name: 'Logto', tokenErrorStatus: 200, profileCallFails: false });
  });
  test('refuses what Naver would not have', () => {
    const users = [...defaultNaverTestUsers];
    const bad = [
      { apps: [{ ...app, tokenErrorStatus: 500 }], users },
      { apps: [{ ...app, callbackUrls: ['not a url'] }], users },
      { apps: [{ ...app, callbackUrls: [] }], users },
      { apps: [app, { ...app }], users },
      { apps: [app], users: [] },
      { apps: [app], users: [{ ...defaultNaverTestUsers[0], email: 'no-at-sign' }] },
      { apps: [app], users: [defaultNaverTestUsers[0], defaultNaverTestUsers[0]] },
      { apps: [app], users: [{ ...defaultNaverTestUsers[0], birthday: '1990-10-01' }] },
    ];
    for (const config of bad) expect(naverMockConfigSchema.safeParse(config).success, JSON.stringify(config)).toBe(false);
  });
  test('names the duplicate in its message', () => {
    const result = naverMockConfigSchema.safeParse({ apps: [app, app], users: [...defaultNaverTestUsers] });
    expect(result.error?.issues[0]?.message).toBe('duplicate clientId "naverClient"');
  });
});

test.describe('defaultNaverTestUsers', () => {
  test('are four valid, distinct Korean accounts with Naver’s default profile image', () => {
    const users = naverMockConfigSchema.parse({ apps: [app], users: [...defaultNaverTestUsers] }).users;
    expect(users).toHaveLength(4);
    expect(new Set(users.map((user) => user.id)).size).toBe(4);
    expect(new Set(users.map((user) => user.email)).size).toBe(4);
    for (const user of users) {
      expect(user.id).toMatch(/^mockNaverUid_/);
      expect(user.nickname).toMatch(/[가-힣]/);
      expect(user.name).toMatch(/^[가-힣]+$/);
      expect(user.profile_image).toBe('https://ssl.pstatic.net/static/pwe/address/img_profile.png');
    }
  });
});

test.describe('pages', () => {
  const config = naverMockConfigSchema.parse({
    apps: [{ ...app, name: '<b>App</b>' }],
    users: [...defaultNaverTestUsers],
  });
  const html = consentPage(config.apps[0]!, config.users, {
    clientId: app.clientId,
    redirectUri: app.callbackUrls[0]!,
    state: '"><script>x</script>',
  });

  test('the consent page is Korean, labels every account, and escapes what it echoes', () => {
    expect(html).toContain('<html lang="ko">');
    for (const [index, user] of config.users.entries()) {
      expect(html).toContain(`id="account-${index}" value="${user.id}"`);
      expect(html).toContain(`<label for="account-${index}"><span>${user.nickname}</span>`);
    }
    expect(html).toContain('&lt;b&gt;App&lt;/b&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain(app.clientSecret);
  });
  test('for an app 개발 중, a visitor’s copies of the accounts are labelled members exactly as the accounts they copy', () => {
    const member = defaultNaverTestUsers[0];
    const developing = naverMockConfigSchema.parse({ apps: [{ ...app, status: 'development', members: [member.id] }], users: [...defaultNaverTestUsers] });
    const tag = newVisitorTag();
    const copies = developing.users.map((user) => visitorAccount(user, tag));
    const page = consentPage(developing.apps[0]!, copies, { clientId: app.clientId, redirectUri: app.callbackUrls[0]!, state: 's' });
    const labels = [...page.matchAll(/<span class="detail">([^<]*)<\/span>/g)].map((match) => match[1]!);
    expect(labels).toHaveLength(copies.length);
    copies.forEach((copy, index) => {
      expect(labels[index]).toContain(copy.email);
      expect(labels[index]!.endsWith(index === 0 ? '멤버(테스터)' : '멤버 아님'), labels[index]).toBe(true);
    });
  });
  test('the error page is titled as recorded and shows what was received, escaped', () => {
    const page = errorPage('Callback URL이 일치하지 않습니다.', 'redirect_uri not registered: http://evil/<x>');
    expect(page).toContain('<html lang="ko">');
    expect(page).toContain('<title>네이버 : 오류</title>');
    expect(page).toContain('<h1>Callback URL이 일치하지 않습니다.</h1>');
    expect(page).toContain('redirect_uri not registered: http://evil/&lt;x&gt;');
  });
});

test.describe('GrantStore', () => {
  test('a code works once, and only for its client and redirect URI', async () => {
    const store = new GrantStore();
    const grant = { clientId: 'a', redirectUri: 'http://cb', userId: 'u1' };
    expect(await store.redeemCode(await store.issueCode(grant), 'a', 'http://cb')).toEqual({ userId: 'u1' });

    const code = await store.issueCode(grant);
    expect(code).toMatch(/^[\w-]{18}$/);
    expect(await store.redeemCode(code, 'a', undefined)).toEqual({ userId: 'u1' });
    expect(await store.redeemCode(code, 'a', undefined)).toBeUndefined();

    expect(await store.redeemCode(await store.issueCode(grant), 'b', 'http://cb')).toBeUndefined();
    expect(await store.redeemCode(await store.issueCode(grant), 'a', 'http://other')).toBeUndefined();
  });
  test('codes and access tokens expire', async () => {
    let now = 1_000_000;
    const store = new GrantStore(memoryStore({ now: () => now }));
    const code = await store.issueCode({ clientId: 'a', redirectUri: 'http://cb', userId: 'u1' });
    const token = await store.issueAccessToken('a', 'u1');
    expect(await store.lookupAccessToken(token)).toMatchObject({ clientId: 'a', userId: 'u1' });
    now += 3601 * 1000;
    expect(await store.redeemCode(code, 'a', 'http://cb')).toBeUndefined();
    expect(await store.lookupAccessToken(token)).toBeUndefined();
  });
  test('refresh tokens expire too: nothing a sign-in leaves behind is kept for ever', async () => {
    let now = 1_000_000;
    const store = new GrantStore(memoryStore({ now: () => now }));
    const { refreshToken } = await store.issueTokens('a', 'u1');
    now += 13 * 24 * 3600 * 1000;
    expect(await store.refresh(refreshToken, 'a')).toEqual({ userId: 'u1' });
    now += 2 * 24 * 3600 * 1000;
    expect(await store.refresh(refreshToken, 'a')).toBeUndefined();
  });
  test('at most maxKeys grants are held in memory: past that the least recently used goes first', async () => {
    const maxKeys = 50;
    const store = new GrantStore(memoryStore({ maxKeys }));
    const grant = { clientId: 'a', redirectUri: 'http://cb', userId: 'u1' };
    const first = await store.issueCode(grant);
    const second = await store.issueCode(grant);
    for (let i = 0; i < maxKeys - 1; i += 1) await store.issueCode(grant);
    expect(await store.redeemCode(first, 'a', 'http://cb')).toBeUndefined();
    expect(await store.redeemCode(second, 'a', 'http://cb')).toEqual({ userId: 'u1' });
  });
  test('a public sandbox keeps the mock\'s tokens for less time than LOCAL: each lives as long as its lifetime says, and not longer', async () => {
    const local = naverMockLifetimes(false);
    const publicSandbox = naverMockLifetimes(true);
    expect(local.accessTokenSeconds).toBe(3600); // Naver's own `expires_in`
    for (const kind of ['codeSeconds', 'accessTokenSeconds', 'refreshTokenSeconds'] as const) {
      expect(publicSandbox[kind], kind).toBeLessThan(local[kind]);
    }
    let now = 1_000_000;
    const store = new GrantStore(memoryStore({ now: () => now }), publicSandbox);
    expect(store.lifetimes).toEqual(publicSandbox);
    const code = await store.issueCode({ clientId: 'a', redirectUri: 'http://cb', userId: 'u1' });
    const { accessToken, refreshToken } = await store.issueTokens('a', 'u1');
    now += (publicSandbox.codeSeconds - 1) * 1000;
    expect(await store.lookupAccessToken(accessToken)).toMatchObject({ userId: 'u1' });
    now += 2 * 1000;
    expect(await store.redeemCode(code, 'a', 'http://cb')).toBeUndefined();
    now = 1_000_000 + (publicSandbox.accessTokenSeconds + 1) * 1000;
    expect(await store.lookupAccessToken(accessToken)).toBeUndefined();
    expect(await store.refresh(refreshToken, 'a')).toEqual({ userId: 'u1' });
    now = 1_000_000 + (publicSandbox.refreshTokenSeconds + 1) * 1000;
    expect(await store.refresh(refreshToken, 'a')).toBeUndefined();
  });
  test('a refresh token is bound to its client', async () => {
    const store = new GrantStore();
    const { refreshToken } = await store.issueTokens('a', 'u1');
    expect(await store.refresh(refreshToken, 'a')).toEqual({ userId: 'u1' });
    expect(await store.refresh(refreshToken, 'b')).toBeUndefined();
  });
});
