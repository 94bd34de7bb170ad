/** The languages of the local tenant's sign-in pages, and how a request picks one. */
export const pageLangs = ['ja', 'en', 'ko'] as const;
export type PageLang = (typeof pageLangs)[number];

function asPageLang(tag: string): PageLang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return pageLangs.find((lang) => lang === primary);
}

/**
 * Logto's order: the app's `ui_locales` (space-separated, first match wins), then the browser's
 * Accept-Language by q-value, then English.
 */
export function pickPageLang(uiLocales: string | undefined, acceptLanguage: string | undefined): PageLang {
  for (const tag of (uiLocales ?? '').split(/\s+/)) {
    const lang = asPageLang(tag);
    if (lang) return lang;
  }
  const weighted = (acceptLanguage ?? '')
    .split(',')
    .map((entry, order) => {
      const [tag = '', ...rest] = entry.split(';');
      const qParam = rest.find((param) => param.trim().startsWith('q='));
      const q = qParam ? Number.parseFloat(qParam.trim().slice(2)) : 1;
      return { lang: asPageLang(tag), q: Number.isNaN(q) ? 0 : q, order };
    })
    .filter((entry): entry is { lang: PageLang; q: number; order: number } => entry.lang !== undefined && entry.q > 0)
    .sort((left, right) => right.q - left.q || left.order - right.order);
  return weighted[0]?.lang ?? 'en';
}
