import type { APIRoute } from 'astro';
import { startSignIn } from '../../playground/flow/sign-in.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** "Sign in with Naver": 303 to Logto, or back with a diagnosis. */
export const POST: APIRoute = (context) => runStep(context, (ctx, { lang, returnTo }) => startSignIn(ctx, lang, returnTo));
