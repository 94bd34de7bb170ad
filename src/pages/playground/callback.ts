import type { APIRoute } from 'astro';
import { finishSignIn } from '../../playground/flow/callback.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** The redirect URI: Logto sends the browser here after sign-in. */
export const GET: APIRoute = (context) =>
  runStep(context, (ctx) => finishSignIn(ctx, context.url, context.preferredLocale));
