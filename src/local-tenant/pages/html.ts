import { createHash } from 'node:crypto';
import { html, scriptJson, trustedHtml } from '../http/html-template.ts';
import type { Html } from '../http/html-template.ts';
import type { PageLang } from '../http/locale.ts';
import { pageStrings } from './strings.ts';

// Colours checked for WCAG AA: #1f1f1f on #ffffff, white on #3b22a6 and on the toast's #34353f, black on
// Naver green #03c75a.
const styles = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Apple SD Gothic Neo",sans-serif;background:#f4f4f6;color:#1f1f1f;line-height:1.5}
main{max-width:26rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.4rem;margin:0 0 .5rem}
.tenant{font-size:.85rem;color:#4a4a4a;margin:0 0 1.5rem}
.lead{margin:0 0 1.25rem}
.social{display:flex;align-items:center;justify-content:center;gap:.5rem;width:100%;padding:.75rem 1rem;margin:0 0 .75rem;border:0;border-radius:8px;font:inherit;font-weight:600;cursor:pointer;background:#03c75a;color:#000}
.social img{width:20px;height:20px}
.primary{width:100%;padding:.7rem 1rem;border:0;border-radius:8px;font:inherit;font-weight:600;background:#3b22a6;color:#fff;cursor:pointer}
label{display:block;font-weight:600;margin:0 0 .25rem}
input[type=text]{width:100%;padding:.6rem .7rem;font:inherit;border:1px solid #6b6b6b;border-radius:8px;margin:0 0 .25rem}
.help{font-size:.85rem;color:#4a4a4a;margin:0 0 1rem}
.alert{border:1px solid #b3261e;background:#fdecea;color:#5c0f0a;border-radius:8px;padding:.75rem 1rem;margin:0 0 1.25rem}
.alert:empty{display:none}
.alert h2{font-size:1rem;margin:0 0 .25rem}
.status{margin:1rem 0 0;color:#333}
.toast{position:fixed;top:1.5rem;left:50%;transform:translateX(-50%);max-width:min(90vw,32rem);padding:.75rem 1rem;border-radius:8px;background:#34353f;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.25);overflow-wrap:anywhere;z-index:10}
.text-link{padding:0;border:0;background:none;font:inherit;color:#3b22a6;text-decoration:underline;cursor:pointer}
a{color:#3b22a6}
:focus-visible{outline:3px solid #3b22a6;outline-offset:2px}
.social:focus-visible{outline-color:#1f1f1f}
[hidden]{display:none !important}
`;

/** The Content-Security-Policy source that allows the pages' one inline `<style>` and no other. */
export const pageStyleHash = `sha256-${createHash('sha256').update(styles).digest('base64')}`;

type PageShell = {
  lang: PageLang;
  title: string;
  body: Html;
  /** Data for the page script, embedded as JSON. */
  pageData?: unknown;
  withScript?: boolean;
};

/** The document every sign-in page shares: its head, the one inline style, the page script and its data. */
export function renderPage({ lang, title, body, pageData, withScript = false }: PageShell): string {
  const strings = pageStrings[lang];
  // The style is this file's own CSS, allowed by its hash (pageStyleHash); escaping would change both.
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · ${strings.tenantName}</title>
<style>${trustedHtml(styles)}</style>
</head>
<body>
<main>
<p class="tenant">${strings.tenantName}</p>
${body}
${withScript && html`<script type="module" src="/assets/sign-in-page.js"></script><noscript><p class="alert">${strings.noScript}</p></noscript>`}
</main>
${pageData !== undefined && html`<script type="application/json" id="page-data">${scriptJson(pageData)}</script>`}
</body>
</html>`.toString();
}
