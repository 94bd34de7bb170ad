import { html } from '../../http/html-template.ts';
import type { Html } from '../../http/html-template.ts';
import { renderPage } from '../html.ts';
import type { PageLang } from '../../http/locale.ts';
import { fill, pageStrings } from '../strings.ts';

type ProgressScreen = { lang: PageLang; pageData: unknown };

/** A page whose script does the work: it says what is going on (a failure is the script's toast). */
function progressPage(lang: PageLang, heading: string, pageData: unknown, extra?: Html): string {
  return renderPage({
    lang,
    title: heading,
    withScript: true,
    pageData,
    body: html`<h1>${heading}</h1>
${extra}
<p id="status" class="status" role="status" aria-live="polite">${heading}</p>`,
  });
}

/** `/direct/:method/:target`: on the way to the connector. */
export function redirectingPage({ lang, pageData, connectorName }: ProgressScreen & { connectorName: string }): string {
  return progressPage(lang, fill(pageStrings[lang].redirecting, { connector: connectorName }), pageData);
}

/** The username step, hidden until the tenant asks for one (422 `user.missing_profile`). */
export function usernameForm(lang: PageLang): Html {
  const strings = pageStrings[lang];
  return html`<form id="username-form" hidden>
<h2>${strings.usernameTitle}</h2>
<label for="username">${strings.usernameLabel}</label>
<input type="text" id="username" name="username" autocomplete="username" required aria-describedby="username-help">
<p class="help" id="username-help">${strings.usernameHelp}</p>
<button class="primary" type="submit">${strings.usernameSubmit}</button>
</form>`;
}

/** `/callback/:connectorId`: back from the connector; asks for a username when the tenant needs one. */
export function callbackPage({ lang, pageData }: ProgressScreen): string {
  return progressPage(lang, pageStrings[lang].finishing, pageData, usernameForm(lang));
}
