import { html } from '../../http/html-template.ts';
import { renderPage } from '../html.ts';
import type { PageLang } from '../../http/locale.ts';
import { pageStrings } from '../strings.ts';
import { usernameForm } from './progress.ts';

type LinkAccountScreen = {
  lang: PageLang;
  /** "Sign in only" offers no way to create an account instead. */
  offerNewAccount: boolean;
  pageData: unknown;
};

/**
 * `/social/link/:connectorId`: Logto's SocialLinkAccount page, shown when a new social account's email
 * belongs to a user the tenant has (404 `user.identity_not_exist` with `data.relatedUser`): "Link or
 * create account", a button "Link with nave****@naver.com" (the script names the masked account, which
 * only the sign-in's own storage knows), and, where registering is allowed, "Create new one instead".
 */
export function linkAccountPage({ lang, offerNewAccount, pageData }: LinkAccountScreen): string {
  const strings = pageStrings[lang];
  return renderPage({
    lang,
    title: strings.bindAccountTitle,
    withScript: true,
    pageData,
    body: html`<h1>${strings.bindAccountTitle}</h1>
<p class="lead">${strings.socialBindWithExisting}</p>
<button type="button" class="primary" id="link-account" hidden></button>
${offerNewAccount && html`<p class="status">${strings.skipSocialLinking}</p>
<p><button type="button" class="text-link" id="create-account">${strings.createAccountWithoutLinking}</button></p>`}
${usernameForm(lang)}
<p id="status" class="status" role="status" aria-live="polite"></p>`,
  });
}
