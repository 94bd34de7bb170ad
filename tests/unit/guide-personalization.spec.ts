import { expect, test } from '@playwright/test';
import { fillValues } from '../../src/guide/fill-values.ts';
import { naverCallbackUrl, naverServiceUrl } from '../../src/tenant/naver-urls.ts';
import { readPanelState } from '../../src/guide/panel-state.ts';
import { fillSnippet, placeholders, secretPlaceholder } from '../../src/guide/placeholders.ts';
import { playgroundUris } from '../../src/tenant/redirect-uris.ts';

function element(attributes: Record<string, string>) {
  return { getAttribute: (name: string) => attributes[name] ?? null };
}

test.describe('Naver URLs', () => {
  test('the callback URL is the endpoint origin, /callback/, and the connector id', () => {
    expect(naverCallbackUrl('https://abc123.logto.app', 'ggasc3rhak1855vkiw493')).toBe('https://abc123.logto.app/callback/ggasc3rhak1855vkiw493');
    expect(naverCallbackUrl('http://localhost:3001/', ' ggasc3rhak1855vkiw493 ')).toBe('http://localhost:3001/callback/ggasc3rhak1855vkiw493');
  });
  test('no callback URL without a usable endpoint or connector id', () => {
    expect(naverCallbackUrl('not a url', 'abc')).toBeUndefined();
    expect(naverCallbackUrl('ftp://example.com', 'abc')).toBeUndefined();
    expect(naverCallbackUrl('https://example.com', '')).toBeUndefined();
    expect(naverCallbackUrl('https://example.com', '../admin')).toBeUndefined();
  });
  test('the service URL is the site origin', () => {
    expect(naverServiceUrl('https://shop.example.com/some/path?x=1')).toBe('https://shop.example.com');
    expect(naverServiceUrl('javascript:alert(1)')).toBeUndefined();
  });
});

test.describe('readPanelState', () => {
  test('reads the panel attributes and keeps only known step ids', () => {
    const state = readPanelState(
      element({
        'data-endpoint': 'http://localhost:3531',
        'data-app-id': 'mfltvwzoqspy906wvwgqe',
        'data-site-origin': 'http://localhost:4531',
        'data-connector-id': 'ggasc3rhak1855vkiw493',
        'data-verified-steps': ' create-logto-app  not-a-step test-and-verify ',
        'data-tenant-version': '1.42-or-later',
      }),
    );
    expect(state).toEqual({
      endpoint: 'http://localhost:3531',
      appId: 'mfltvwzoqspy906wvwgqe',
      siteOrigin: 'http://localhost:4531',
      connectorId: 'ggasc3rhak1855vkiw493',
      verifiedSteps: ['create-logto-app', 'test-and-verify'],
      tenantVersion: '1.42-or-later',
    });
  });
  test('treats malformed values as absent', () => {
    const state = readPanelState(
      element({ 'data-endpoint': 'javascript:alert(1)', 'data-app-id': '<script>', 'data-connector-id': 'a b', 'data-tenant-version': '1.99' }),
    );
    expect(state).toEqual({ verifiedSteps: [], tenantVersion: 'unknown' });
  });
  test('a panel of a site without a sandbox says there is no fault lab; any other value says nothing', () => {
    expect(readPanelState(element({ 'data-fault-lab': 'none' })).noFaultLab).toBe(true);
    expect(readPanelState(element({ 'data-fault-lab': 'offered' })).noFaultLab).toBeUndefined();
    expect(readPanelState(element({})).noFaultLab).toBeUndefined();
  });
});

test.describe('filling in the reader’s values', () => {
  const template = `LogtoConfig(endpoint="${placeholders.endpoint}", appId="${placeholders.appId}", appSecret="${secretPlaceholder}")`;

  test('replaces the endpoint and App ID but never the secret', () => {
    const filled = fillSnippet(template, { endpoint: 'http://localhost:3531', appId: 'abc' });
    expect(filled).toBe(`LogtoConfig(endpoint="http://localhost:3531", appId="abc", appSecret="${secretPlaceholder}")`);
  });
  test('leaves placeholders without a value as written', () => {
    expect(fillSnippet(template, {})).toBe(template);
    expect(fillSnippet(template, { appId: 'abc' })).toContain(placeholders.endpoint);
  });
  test('fillValues computes the Naver URLs from the settings, or shows the placeholders', () => {
    expect(fillValues({ endpoint: 'https://t.logto.app', connectorId: 'c0nnect0r123', siteOrigin: 'https://app.example' })).toMatchObject({
      callbackUrl: 'https://t.logto.app/callback/c0nnect0r123',
      accountCallbackUrl: 'https://t.logto.app/account/callback/social/c0nnect0r123',
      serviceUrl: 'https://app.example',
      appId: placeholders.appId,
    });
    expect(fillValues({}).callbackUrl).toBe(`${placeholders.endpoint}/callback/${placeholders.connectorId}`);
  });
  test('fillValues shows the playground URIs the playground itself uses, for the site origin it runs on', () => {
    const values = fillValues({ siteOrigin: 'http://localhost:4531' });
    const { redirectUri, postSignOutRedirectUri } = playgroundUris('http://localhost:4531');
    expect(values.playgroundRedirectUri).toBe(redirectUri);
    expect(values.playgroundPostSignOutUri).toBe(postSignOutRedirectUri);
    expect(values.playgroundRedirectUri.startsWith('http://localhost:4531/')).toBe(true);
    expect(fillValues({}).playgroundRedirectUri).toBe(playgroundUris(placeholders.siteOrigin).redirectUri);
  });
});
