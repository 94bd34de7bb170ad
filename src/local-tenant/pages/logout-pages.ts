import type { Context } from 'koa';
import { html, trustedHtml } from '../http/html-template.ts';
import { renderPage } from './html.ts';
import { pickPageLang } from '../http/locale.ts';
import { pageStrings } from './strings.ts';

/**
 * `GET /oidc/session/end`: like Logto, a page that submits oidc-provider's confirmation form at once,
 * so the browser goes on to `POST /oidc/session/end/confirm` and the 303 to the app. `logout=yes`
 * (an input of that form through its `form` attribute) ends the whole session, not only this app's part of it.
 */
export function renderLogoutForm(form: string, request: Pick<Context, 'acceptsLanguages'>): string {
  const lang = pickPageLang(undefined, request);
  const strings = pageStrings[lang];
  // `form` is oidc-provider's own markup (its action URL and the xsrf token), not a request's text.
  return renderPage({
    lang,
    title: strings.signingOut,
    body: html`<h1>${strings.signingOut}</h1>
${trustedHtml(form)}
<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<noscript><button class="primary" type="submit" form="op.logoutForm">${strings.signOutButton}</button></noscript>
<script>document.getElementById('op.logoutForm').submit();</script>`,
  });
}

/** Shown after a sign-out that named no post-logout redirect URI. */
export function renderSignedOutPage(request: Pick<Context, 'acceptsLanguages'>): string {
  const lang = pickPageLang(undefined, request);
  const strings = pageStrings[lang];
  return renderPage({
    lang,
    title: strings.signedOutTitle,
    body: html`<h1>${strings.signedOutTitle}</h1><p>${strings.signedOutBody}</p>`,
  });
}
