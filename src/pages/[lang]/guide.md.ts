/**
 * The whole guide in one language as Markdown, built from the same MDX and components as the page
 * (src/guide/markdown.ts turns the rendered steps into Markdown). Prerendered; llms.txt links it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import { format } from '../../i18n/define-strings.ts';
import { languages, type Lang } from '../../i18n/languages.ts';
import { guideMdxComponents } from '../../guide/components/mdx-components.ts';
import { guideMarkdown } from '../../guide/markdown.ts';
import { orderGuideEntries } from '../../guide/step-order.ts';
import { guideStrings } from '../../guide/strings.ts';

export const prerender = true;

export const getStaticPaths = (() => languages.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
  const t = guideStrings[lang];
  const container = await experimental_AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const entries = orderGuideEntries(await getCollection('guide'), lang);
  const steps = await Promise.all(
    entries.map(async ({ entry, order }) => ({
      number: format(t.stepNumber, { n: order }),
      title: entry.data.title,
      html: await container.renderToString((await render(entry)).Content, { props: { components: guideMdxComponents } }),
    })),
  );
  const markdown = guideMarkdown({ lang, title: t.pageTitle, intro: t.intro, source: format(t.markdownSource, { page: `/${lang}/` }), steps });
  return new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
