/**
 * The whole guide in one language as Markdown, built from the same MDX and components as the page
 * (src/guide/markdown.ts turns the rendered steps into Markdown). Prerendered; llms.txt links it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { format } from '../../i18n/define-strings.ts';
import { languages, type Lang } from '../../i18n/languages.ts';
import { guideMarkdown } from '../../guide/markdown.ts';
import { renderedGuideSteps } from '../../guide/rendered-steps.ts';
import { guideStrings } from '../../guide/strings.ts';

export const prerender = true;

export const getStaticPaths = (() => languages.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
  const t = guideStrings[lang];
  const steps = (await renderedGuideSteps(lang)).map(({ order, title, html }) => ({ number: format(t.stepNumber, { n: order }), title, html }));
  const markdown = guideMarkdown({ lang, title: t.pageTitle, intro: t.intro, source: format(t.markdownSource, { page: `/${lang}/` }), steps });
  return new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
