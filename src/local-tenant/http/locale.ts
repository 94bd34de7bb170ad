import type { Context } from 'koa';

/** The languages of the local tenant's sign-in pages, and how a request picks one. */
const pageLangs = ['ja', 'en', 'ko'] as const;
export type PageLang = (typeof pageLangs)[number];

/** English first: Koa answers the first offered language when the request has no Accept-Language. */
const offeredLangs: PageLang[] = ['en', 'ja', 'ko'];

function asPageLang(tag: string): PageLang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return pageLangs.find((lang) => lang === primary);
}

/**
 * Logto's order: the app's `ui_locales` (space-separated, first match wins), then the browser's
 * Accept-Language as Koa negotiates it (by q-value; `ja-JP` counts for `ja`), then English.
 */
export function pickPageLang(uiLocales: string | undefined, request: Pick<Context, 'acceptsLanguages'>): PageLang {
  for (const tag of (uiLocales ?? '').split(/\s+/)) {
    const lang = asPageLang(tag);
    if (lang) return lang;
  }
  const negotiated = request.acceptsLanguages(offeredLangs);
  return offeredLangs.find((lang) => lang === negotiated) ?? 'en';
}
