/** `/llms.txt`: what the site is and where each language's guide is as Markdown (src/guide/llms-txt.ts). */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../guide/llms-txt.ts';

export const prerender = true;

export const GET: APIRoute = () => new Response(llmsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
