/** The languages the site speaks, and how a request picks one. */
import Negotiator from 'negotiator';

export const languages = ['ja', 'en', 'ko'] as const;
export type Lang = (typeof languages)[number];

/** Used when nothing the reader's browser asks for is one of ours. */
export const fallbackLang: Lang = 'en';

export const languageNames: Record<Lang, string> = {
  ja: '日本語',
  en: 'English',
  ko: '한국어',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Picks the best of our languages for an Accept-Language header (RFC 9110 q-values; `ko-KR` matches `ko`),
 * with `negotiator`, the parser Koa and Express use. Astro pages and endpoints read Astro's own
 * `preferredLocale` instead; this is for the servers around Astro (error pages, the rate limiter).
 * Returns the fallback language when the header is missing or names none of ours.
 */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) return fallbackLang;
  const best = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...languages]);
  return isLang(best) ? best : fallbackLang;
}

/** Astro's `preferredLocale` (from the i18n config's locales) as one of our languages. */
export function langOrFallback(preferredLocale: string | undefined): Lang {
  return isLang(preferredLocale) ? preferredLocale : fallbackLang;
}

/**
 * The language of a page that has no route of its own (error pages): the language prefix of the path the
 * reader asked for, else their browser's preference.
 */
export function languageOfRequest(pathname: string, acceptLanguage: string | null | undefined): Lang {
  const prefix = pathname.split('/')[1];
  return isLang(prefix) ? prefix : negotiateLanguage(acceptLanguage);
}
