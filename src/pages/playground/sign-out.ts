import type { APIRoute } from 'astro';
import { startSignOut } from '../../playground/flow/sign-out.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "Sign out": 303 to Logto's end-session endpoint, or back with a diagnosis. */
export const POST: APIRoute = (context) => runStep(context, (ctx, { lang, returnTo }) => startSignOut(ctx, lang, returnTo));
