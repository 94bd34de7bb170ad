import { html } from '../../http/html-template.ts';
import { renderPage } from '../html.ts';
import type { PageLang } from '../../http/locale.ts';
import { fill, pageStrings } from '../strings.ts';

/** A social sign-in button; the page script starts the connector's flow when it is pressed. */
export type SocialButton = { connectorId: string; connectorName: string; withNaverLogo: boolean };

type FirstScreen = {
  lang: PageLang;
  screen: 'sign-in' | 'register';
  appName: string;
  loginHint: string | undefined;
  buttons: readonly SocialButton[];
  /** The link to the other first screen, when the app's sign-in mode offers it. */
  switchTo: { screen: 'sign-in' | 'register'; href: string } | undefined;
  pageData: unknown;
};

/** `/sign-in` and `/register`: the app's social connectors, and the way to the other screen. */
export function firstScreenPage({ lang, screen, appName, loginHint, buttons, switchTo, pageData }: FirstScreen): string {
  const strings = pageStrings[lang];
  const title = fill(screen === 'register' ? strings.registerTitle : strings.signInTitle, { app: appName });
  // Each button, or the note that there is none, starts on a line of its own.
  const socialButtons = buttons.length
    ? buttons.map(
        ({ connectorId, connectorName, withNaverLogo }) => html`
<button type="button" class="social" data-connector-id="${connectorId}" data-connector-name="${connectorName}">${withNaverLogo && html`<img src="/assets/naver-logo.svg" alt="">`}${fill(strings.continueWith, { connector: connectorName })}</button>`,
      )
    : html`
<p>${strings.noConnectors}</p>`;
  const switchText = switchTo?.screen === 'sign-in' ? strings.switchToSignIn : strings.switchToRegister;
  return renderPage({
    lang,
    title,
    withScript: true,
    pageData,
    body: html`<h1>${title}</h1>
<p class="lead">${screen === 'register' ? strings.registerLead : strings.signInLead}</p>
${loginHint && html`<p class="help" id="login-hint">${fill(strings.loginHint, { hint: loginHint })}</p>`}${socialButtons}
${switchTo && html`<p><a href="${switchTo.href}">${switchText}</a></p>`}
<p id="status" class="status" role="status" aria-live="polite"></p>`,
  });
}
