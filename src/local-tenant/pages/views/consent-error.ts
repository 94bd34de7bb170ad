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
