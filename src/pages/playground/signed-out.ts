import type { APIRoute } from 'astro';
import { finishSignOut } from '../../playground/flow/sign-out.ts';
import { runStep } from '../../playground/request-context.ts';

export const prerender = false;

/** The post sign-out redirect URI: Logto sends the browser here after ending its session. */
export const GET: APIRoute = (context) => runStep(context, (ctx, { returnTo }) => finishSignOut(ctx, returnTo));
