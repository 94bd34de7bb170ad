import type { Context } from 'koa';
import { html } from './html-template.ts';
import { pickPageLang } from './locale.ts';
import type { PageLang } from './locale.ts';

/**
 * What a reader sees when the sandbox's store (Redis) is gone mid-flow: one plain page in their
 * language, 503 with Retry-After, no stack trace and nothing of the request; for the sign-in page's
 * API calls and the token endpoint, the same words as JSON (`code: "sandbox.unavailable"`), so a site
 * or app diagnoses it as a tenant that did not answer.
 */
const unavailableStrings: Record<PageLang, { title: string; body: string; retry: string }> = {
  en: {
    title: 'The sandbox is unavailable',
    body: 'The sandbox tenant cannot reach its storage right now, so this sign-in cannot go on.',
    retry: 'Try again in a minute, starting from the app.',
  },
  ja: {
    title: 'サンドボックスは現在利用できません',
    body: 'サンドボックスのテナントが保存先に接続できないため、このサインインを続けられません。',
    retry: '少し待ってから、アプリでもう一度最初からお試しください。',
  },
  ko: {
    title: '샌드박스를 지금 사용할 수 없습니다',
    body: '샌드박스 테넌트가 저장소에 연결할 수 없어 이 로그인을 계속할 수 없습니다.',
    retry: '잠시 후 앱에서 처음부터 다시 시도해 주세요.',
  },
};

export const sandboxUnavailableCode = 'sandbox.unavailable';
const retryAfterSeconds = 30;

function wantsJson(ctx: Pick<Context, 'path' | 'accepts' | 'method'>): boolean {
  if (ctx.path.startsWith('/api/') || ctx.path.endsWith('/token') || ctx.path === '/v1/nid/me') return true;
  return ctx.method !== 'GET' && ctx.accepts('html', 'json') === 'json';
}

export function sandboxUnavailablePage(lang: PageLang): string {
  const words = unavailableStrings[lang];
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${words.title}</title>
</head>
<body>
<main>
<h1>${words.title}</h1>
<p>${words.body}</p>
<p>${words.retry}</p>
</main>
</body>
</html>`.toString();
}

/** Answers the request with the "sandbox unavailable" page or JSON, in the request's language. */
export function sandboxUnavailable(ctx: Context): void {
  const lang = pickPageLang(undefined, ctx);
  ctx.status = 503;
  ctx.set('cache-control', 'no-store');
  ctx.set('retry-after', String(retryAfterSeconds));
  if (wantsJson(ctx)) {
    const words = unavailableStrings[lang];
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = { code: sandboxUnavailableCode, message: `${words.title}. ${words.retry}` };
    return;
  }
  ctx.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = sandboxUnavailablePage(lang);
}
