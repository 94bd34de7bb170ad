/**
 * SDK tabs whose code loads on demand (`<CodeTab onDemand>`): the guide page sends the first SDK's code
 * and, for each other one, a link to a page of its own (pages/[lang]/sdk/[sdk]/index.astro) that the page
 * script fetches when the reader picks the tab. Without script the link is the way there.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes } from 'hast';
import type { Lang } from '../i18n/languages.ts';
import { sampleIds, type SampleId } from '../lib/local-tenant-defaults.ts';

/** The page of one SDK's tab, in one language. */
export function codeTabPageHref(lang: Lang, sdk: SampleId): string {
  return `/${lang}/sdk/${sdk}/`;
}

/** The same tab's content alone, an HTML fragment (pages/[lang]/sdk/[sdk]/tab.html.ts): what the script fetches. */
export function codeTabFragmentHref(lang: Lang, sdk: SampleId): string {
  return `${codeTabPageHref(lang, sdk)}tab.html`;
}

/** A tab id that has a page: the sample apps' ids (an on-demand tab's id must be one). */
export function isOnDemandTabId(id: string): id is SampleId {
  return (sampleIds as readonly string[]).includes(id);
}

function findById(node: Nodes, id: string): Element | undefined {
  if (node.type === 'element' && node.properties['id'] === id) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findById(child, id);
    if (found) return found;
  }
  return undefined;
}

function isTabTitle(node: Nodes): boolean {
  return node.type === 'element' && ((node.properties['className'] as string[] | undefined) ?? []).includes('code-tab-title');
}

const headingLevel = (node: Element): number | undefined => {
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
};

/** Applies `visit` to every element under `nodes`. */
function eachElement(nodes: readonly Nodes[], visit: (element: Element) => void): void {
  for (const node of nodes) {
    if (node.type === 'element') visit(node);
    if ('children' in node) eachElement(node.children, visit);
  }
}

export interface CodeTabContentOptions {
  /**
   * For a page of its own: links to the guide's anchors (`#step-…`) go to this page of the guide
   * instead, and headings move up so the content's first level is `topHeading` (under the page's h1).
   */
  standalone?: { guideHref: string; topHeading: 2 };
}

/**
 * The content of tab `code-<id>` in a rendered step, its heading left out (the guide page has the
 * tab's own, a page of its own its h1), or undefined when the step has no such tab.
 */
export function codeTabContent(stepHtml: string, id: string, { standalone }: CodeTabContentOptions = {}): string | undefined {
  const section = findById(fromHtml(stepHtml, { fragment: true }), `code-${id}`);
  if (!section) return undefined;
  const title = section.children.find(isTabTitle);
  const body = section.children.filter((child) => !isTabTitle(child));
  if (standalone) {
    // The content's headings sit one level under the tab's title.
    const shift = standalone.topHeading - ((title?.type === 'element' ? headingLevel(title) : undefined) ?? 3) - 1;
    eachElement(body, (element) => {
      const level = headingLevel(element);
      if (level !== undefined) element.tagName = `h${Math.min(6, Math.max(1, level + shift))}`;
      const href = element.properties['href'];
      if (element.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) element.properties['href'] = `${standalone.guideHref}${href}`;
    });
  }
  return toHtml(body);
}
