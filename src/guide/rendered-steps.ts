/**
 * The guide's steps in one language rendered to HTML with the full MDX components (every tab's content):
 * what the Markdown copy (pages/[lang]/guide.md.ts) and the SDK pages (pages/[lang]/sdk/) are cut from.
 * Astro's container API, so only for modules Astro builds (it imports astro:content).
 */
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';
import { guideMdxComponents } from './components/mdx-components.ts';
import { orderGuideEntries } from './step-order.ts';
import type { StepId } from './steps.ts';
import type { SampleId } from '../lib/local-tenant-defaults.ts';
import { codeTabContent, type CodeTabContentOptions } from './code-tab-pages.ts';

export interface RenderedStep {
  step: StepId;
  /** Its number in the guide, from 1. */
  order: number;
  title: string;
  html: string;
}

const rendered = new Map<Lang, Promise<RenderedStep[]>>();

/** Rendered once per language and build: several pages are cut from the same steps. */
export function renderedGuideSteps(lang: Lang): Promise<RenderedStep[]> {
  let steps = rendered.get(lang);
  if (!steps) rendered.set(lang, (steps = renderSteps(lang)));
  return steps;
}

async function renderSteps(lang: Lang): Promise<RenderedStep[]> {
  const container = await experimental_AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const entries = orderGuideEntries(await getCollection('guide'), lang);
  return Promise.all(
    entries.map(async ({ entry, step, order }) => ({
      step,
      order,
      title: entry.data.title,
      html: await container.renderToString((await render(entry)).Content, { props: { components: guideMdxComponents } }),
    })),
  );
}

/** The step holding SDK tab `sdk`, and the tab's content (code-tab-pages.ts); stops the build when none has it. */
export async function sdkTabOfGuide(lang: Lang, sdk: SampleId, options?: CodeTabContentOptions): Promise<RenderedStep & { content: string }> {
  for (const step of await renderedGuideSteps(lang)) {
    const content = codeTabContent(step.html, sdk, options);
    if (content !== undefined) return { ...step, content };
  }
  throw new Error(`no step of the ${lang} guide has a CodeTab with id "${sdk}"`);
}
