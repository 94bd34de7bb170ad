/** The languages the site speaks, and how a request picks one. */

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
 * Picks the best of our languages for an Accept-Language header (RFC 9110 q-values; `ko-KR` matches `ko`).
 * Returns the fallback language when the header is missing or names none of ours.
 */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) return fallbackLang;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLang) ?? fallbackLang;
}

/**
 * The language of a page that has no route of its own (error pages): the language prefix of the path the
 * reader asked for, else their browser's preference.
 */
export function languageOfRequest(pathname: string, acceptLanguage: string | null | undefined): Lang {
  const prefix = pathname.split('/')[1];
  return isLang(prefix) ? prefix : negotiateLanguage(acceptLanguage);
}
