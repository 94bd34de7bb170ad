import { html } from '../../http/html-template.ts';
import { renderPage } from '../html.ts';
import type { PageLang } from '../../http/locale.ts';
import { pageStrings } from '../strings.ts';

/** `/consent` with no sign-in waiting for consent. */
export function consentMissingPage(lang: PageLang): string {
  const strings = pageStrings[lang];
  return renderPage({
    lang,
    title: strings.errorTitle,
    body: html`<h1>${strings.errorTitle}</h1><p role="alert">${strings.consentMissing}</p>`,
  });
}

/**
 * `/consent` for a user the app's access control refuses (Logto 1.41+): the Experience's consent page
 * turns the consent API's 400 `oidc.access_denied` into its error page: the title, the message (two
 * lines in Logto's phrase) and one button, "Sign out", which ends the session at
 * `/oidc/session/end?client_id=<app>`. The app is never told.
 */
export function accessDeniedPage(lang: PageLang, appId: string): string {
  const strings = pageStrings[lang];
  const lines = strings.applicationAccessDenied.split('\n');
  return renderPage({
    lang,
    title: strings.accessDeniedTitle,
    body: html`<h1>${strings.accessDeniedTitle}</h1>
<p role="alert">${lines.map((line, index) => (index === 0 ? line : html`<br>${line}`))}</p>
<form method="get" action="/oidc/session/end"><input type="hidden" name="client_id" value="${appId}"><button type="submit" class="primary">${strings.revokeSession}</button></form>`,
  });
}
