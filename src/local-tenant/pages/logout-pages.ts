import type { Context } from 'koa';
import { escapeHtml } from '../http/escape-html.ts';
import { renderPage } from './html.ts';
import { pickPageLang } from './locale.ts';
import { pageStrings } from './strings.ts';

/**
 * `GET /oidc/session/end`: like Logto, a page that submits oidc-provider's confirmation form at once,
 * so the browser goes on to `POST /oidc/session/end/confirm` and the 303 to the app. `logout=yes`
 * ends the whole session, not only this app's part of it.
 */
export function renderLogoutForm(form: string, request: Pick<Context, 'acceptsLanguages'>): string {
  const lang = pickPageLang(undefined, request);
  const strings = pageStrings[lang];
  const withLogout = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
  return renderPage({
    lang,
    title: strings.signingOut,
    body: `<h1>${escapeHtml(strings.signingOut)}</h1>
${withLogout}
<noscript><button class="primary" type="submit" form="op.logoutForm">${escapeHtml(strings.signOutButton)}</button></noscript>
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
    body: `<h1>${escapeHtml(strings.signedOutTitle)}</h1><p>${escapeHtml(strings.signedOutBody)}</p>`,
  });
}
