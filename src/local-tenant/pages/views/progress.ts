import { html } from '../../http/html-template.ts';
import type { Html } from '../../http/html-template.ts';
import { renderPage } from '../html.ts';
import type { PageLang } from '../locale.ts';
import { fill, pageStrings } from '../strings.ts';

type ProgressScreen = { lang: PageLang; pageData: unknown };

/** A page whose script does the work: it says what is going on, and shows an error if that fails. */
function progressPage(lang: PageLang, heading: string, pageData: unknown, extra?: Html): string {
  return renderPage({
    lang,
    title: heading,
    withScript: true,
    pageData,
    body: html`<h1>${heading}</h1>
<div id="error" class="alert" role="alert" tabindex="-1"></div>
${extra}
<p id="status" class="status" role="status" aria-live="polite">${heading}</p>`,
  });
}

/** `/direct/:method/:target`: on the way to the connector. */
export function redirectingPage({ lang, pageData, connectorName }: ProgressScreen & { connectorName: string }): string {
  return progressPage(lang, fill(pageStrings[lang].redirecting, { connector: connectorName }), pageData);
}

/** `/callback/:connectorId`: back from the connector; asks for a username when the tenant needs one. */
export function callbackPage({ lang, pageData }: ProgressScreen): string {
  const strings = pageStrings[lang];
  const usernameForm = html`<form id="username-form" hidden>
<h2>${strings.usernameTitle}</h2>
<label for="username">${strings.usernameLabel}</label>
<input type="text" id="username" name="username" autocomplete="username" required aria-describedby="username-help">
<p class="help" id="username-help">${strings.usernameHelp}</p>
<button class="primary" type="submit">${strings.usernameSubmit}</button>
</form>`;
  return progressPage(lang, strings.finishing, pageData, usernameForm);
}
