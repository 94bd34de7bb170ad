import Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import type { TenantConfig } from '../config/schema.ts';
import type { AppAccessControl } from '../users/app-access-control.ts';
import { experienceForApp } from '../experience/app-experience.ts';
import { naverConnectorMetadata } from '../naver-connector/index.ts';
import { logtoUiCookieName, readLogtoUiCookie } from '../oidc/ui-cookie.ts';
import type { ClientAsset } from './client-assets.ts';
import { pickPageLang } from '../http/locale.ts';
import type { PageLang } from '../http/locale.ts';
import { pageStrings } from './strings.ts';
import { accessDeniedPage, consentMissingPage } from './views/consent-error.ts';
import { firstScreenPage } from './views/first-screen.ts';
import { linkAccountPage } from './views/link-account.ts';
import { callbackPage, redirectingPage } from './views/progress.ts';

type PageDeps = { config: TenantConfig; provider: Provider; accessControl: AppAccessControl; assets: Map<string, ClientAsset> };

const firstScreens = new Set(['sign-in', 'register']);

function queryText(ctx: Context, key: string): string | undefined {
  const value = ctx.query[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function connectorName(target: string, lang: PageLang): string {
  if (target !== naverConnectorMetadata.target) return target;
  return lang === 'ko' ? naverConnectorMetadata.name.ko : naverConnectorMetadata.name.en;
}

/** Sign-in experience pages in Logto's spirit: server-rendered, with a small script for the API calls. */
export function pageRouter({ config, provider, accessControl, assets }: PageDeps): Router {
  function pageContext(ctx: Context) {
    const cookie = readLogtoUiCookie(ctx.cookies.get(logtoUiCookieName));
    const appId = queryText(ctx, 'app_id') ?? cookie.appId;
    const lang = pickPageLang(queryText(ctx, 'ui_locales') ?? cookie.uiLocales, ctx);
    const app = config.apps.find((candidate) => candidate.id === appId);
    const experience = experienceForApp(config, appId);
    return { appId, lang, strings: pageStrings[lang], appName: app?.name ?? appId ?? 'Logto', experience };
  }

  function firstScreen(ctx: Context, screen: 'sign-in' | 'register') {
    const { appId, lang, strings, appName, experience } = pageContext(ctx);
    const { signInMode } = experience;
    const switchSearch = appId ? `?${new URLSearchParams({ app_id: appId }).toString()}` : '';
    // As at Logto: "sign in only" offers no way to create an account, "register only" none to sign in.
    const other = screen === 'register' ? 'sign-in' : 'register';
    const otherOffered = signInMode !== (screen === 'register' ? 'Register' : 'SignIn');
    ctx.type = 'html';
    ctx.body = firstScreenPage({
      lang,
      screen,
      appName,
      loginHint: queryText(ctx, 'login_hint'),
      buttons: experience.connectors.map((connector) => ({
        connectorId: connector.id,
        connectorName: connectorName(connector.target, lang),
        withNaverLogo: connector.target === 'naver',
      })),
      switchTo: otherOffered ? { screen: other, href: `/${other}${switchSearch}` } : undefined,
      pageData: { page: screen, lang, appId, signInMode, interactionEvent: screen === 'register' ? 'Register' : 'SignIn', strings },
    });
  }

  // Exact paths, as the hand-written routes before were: no trailing slash, case-sensitive.
  return new Router({ strict: true, sensitive: true })
    .get('/sign-in', (ctx) => firstScreen(ctx, 'sign-in'))
    .get('/register', (ctx) => firstScreen(ctx, 'register'))
    .get('/direct/:method/:target', (ctx) => {
      const { appId, lang, strings } = pageContext(ctx);
      const target = ctx.params['target'] ?? '';
      const requestedFallback = queryText(ctx, 'fallback') ?? 'sign-in';
      const fallback = firstScreens.has(requestedFallback) ? requestedFallback : 'sign-in';
      const name = connectorName(target, lang);
      ctx.type = 'html';
      ctx.body = redirectingPage({
        lang,
        connectorName: name,
        pageData: {
          page: 'direct',
          lang,
          appId,
          target: ctx.params['method'] === 'social' ? target : undefined,
          fallback,
          connectorName: name,
          interactionEvent: fallback === 'register' ? 'Register' : 'SignIn',
          strings,
        },
      });
    })
    .get('/callback/:connectorId', (ctx) => {
      const { appId, lang, strings, experience } = pageContext(ctx);
      ctx.type = 'html';
      ctx.body = callbackPage({
        lang,
        pageData: {
          page: 'callback',
          lang,
          appId,
          signInMode: experience.signInMode,
          connectorId: ctx.params['connectorId'],
          interactionEvent: 'SignIn',
          strings,
        },
      });
    })
    .get('/social/link/:connectorId', (ctx) => {
      const { appId, lang, strings, experience } = pageContext(ctx);
      ctx.type = 'html';
      ctx.body = linkAccountPage({
        lang,
        offerNewAccount: experience.signInMode !== 'SignIn',
        pageData: { page: 'link', lang, appId, connectorId: ctx.params['connectorId'], interactionEvent: 'SignIn', strings },
      });
    })
    .get('/consent', async (ctx) => {
      // Logto's auto-consent for first-party apps: grant what the app asked for and go back to /oidc/auth.
      try {
        const details = await provider.interactionDetails(ctx.req, ctx.res);
        const { prompt, params, session } = details;
        const accountId = session?.accountId;
        const clientId = typeof params['client_id'] === 'string' ? params['client_id'] : undefined;
        if (prompt.name !== 'consent' || !accountId || !clientId) throw new Error('no consent prompt');
        // Access control declines the auto-consent: the page (200) shows what the consent API's 400 says.
        if (!(await accessControl.allows(clientId, accountId))) {
          ctx.type = 'html';
          ctx.body = accessDeniedPage(pageContext(ctx).lang, clientId);
          return;
        }
        const grant = details.grantId
          ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId }))
          : new provider.Grant({ accountId, clientId });
        const missingScopes = prompt.details['missingOIDCScope'];
        if (Array.isArray(missingScopes)) grant.addOIDCScope(missingScopes.join(' '));
        const missingClaims = prompt.details['missingOIDCClaims'];
        if (Array.isArray(missingClaims)) grant.addOIDCClaims(missingClaims.map(String));
        const missingResourceScopes = prompt.details['missingResourceScopes'];
        if (missingResourceScopes && typeof missingResourceScopes === 'object') {
          for (const [indicator, scopes] of Object.entries(missingResourceScopes)) {
            if (Array.isArray(scopes)) grant.addResourceScope(indicator, scopes.join(' '));
          }
        }
        const grantId = await grant.save();
        const redirectTo = await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId } }, {
          mergeWithLastSubmission: true,
        });
        ctx.status = 302;
        ctx.redirect(redirectTo);
      } catch {
        ctx.status = 400;
        ctx.type = 'html';
        ctx.body = consentMissingPage(pageContext(ctx).lang);
      }
    })
    .get('/favicon.ico', (ctx) => {
      ctx.status = 204;
    })
    .get('/assets/:name', (ctx) => {
      const asset = assets.get(ctx.params['name'] ?? '');
      if (!asset) return;
      ctx.type = asset.type;
      ctx.set('cache-control', 'no-cache');
      ctx.body = asset.body;
    });
}
