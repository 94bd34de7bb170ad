/**
 * The language of the 429 page: the `lang` field of the form that was posted (every playground form
 * carries one), else the path's language prefix, else the browser's Accept-Language.
 */
import { isLang, languageOfRequest, type Lang } from '../i18n/languages.ts';

// The production server has already read the body within its limit; this guards any other host.
const largestFormRead = 16 * 1024;

async function postedLanguage(request: Request): Promise<Lang | undefined> {
  if (request.method !== 'POST') return undefined;
  const type = request.headers.get('content-type') ?? '';
  const length = Number(request.headers.get('content-length') ?? Number.NaN);
  const isForm = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
  if (!isForm || !(length <= largestFormRead)) return undefined;
  const lang = (await request.formData().catch(() => undefined))?.get('lang');
  return isLang(lang) ? lang : undefined;
}

/** Reads the request's body (when it is a small form): call it only for a request that goes no further. */
export async function languageOfLimitedRequest(request: Request, pathname: string): Promise<Lang> {
  return (await postedLanguage(request)) ?? languageOfRequest(pathname, request.headers.get('accept-language'));
}
