/**
 * Where a form post sends the browser back to. Only paths on this site are accepted (never
 * `//evil.example`, `/\evil`, or a full URL), so the endpoints can't be used as open redirects.
 */
import type { Lang } from '../i18n/languages.ts';

export function defaultReturnTo(lang: Lang): string {
  return `/${lang}/playground/`;
}

/** Where a panel is shown: beside the guide (its server island) or on the standalone page. */
export const panelHomes = ['guide', 'page'] as const;
export type PanelHome = (typeof panelHomes)[number];

/** Where a panel's form posts come back to: the panel where the reader pressed the button. */
export function panelReturnTo(home: PanelHome, lang: Lang): string {
  return home === 'guide' ? `/${lang}/#live-playground` : defaultReturnTo(lang);
}

export function safeReturnTo(value: unknown, lang: Lang): string {
  if (typeof value !== 'string' || value.length > 512 || !value.startsWith('/') || /^\/[/\\]/.test(value) || /[\u0000-\u001f\\]/.test(value)) {
    return defaultReturnTo(lang);
  }
  const base = 'http://same-site.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return defaultReturnTo(lang);
  }
  if (url.origin !== base) return defaultReturnTo(lang);
  // Dot segments collapse while parsing (`/.//evil.example` becomes `//evil.example`): check the result too.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return /^\/[/\\]/.test(path) ? defaultReturnTo(lang) : path;
}
