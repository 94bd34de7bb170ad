import type { APIRoute } from 'astro';
import { refreshTokens } from '../../playground/flow/refresh.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "Refresh tokens": the refresh_token grant now, then 303 back with its outcome. */
export const POST: APIRoute = (context) => runStep(context, (ctx, { lang, returnTo }) => refreshTokens(ctx, lang, returnTo));
