import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Lang } from '../i18n/languages.ts';

/**
 * The guide as Markdown (`/<lang>/guide.md`), for readers who paste it into an assistant and for
 * llms.txt. It is made from the same MDX the page shows, rendered with the same components (so a
 * SampleCode region is its code, a ConsoleLabel its label, a NaverFieldMap its table), then turned into
 * Markdown by the unified tools (hast-util-to-mdast, mdast-util-to-markdown): what is only the page's
 * (step status badges, styles) is dropped first, a callout becomes a quote under its title, and links
 * within the page point at the page.
 */
export interface GuideMarkdownStep {
  /** "Step 3" in the page's language. */
  number: string;
  title: string;
  /** The step's MDX, rendered to HTML with the guide's components. */
  html: string;
}

export interface GuideMarkdownDocument {
  lang: Lang;
  title: string;
  intro: string;
  /** Where the Markdown copy comes from, said under the title. */
  source: string;
  steps: GuideMarkdownStep[];
}

const hasClass = (element: Element, name: string) => {
  const classes = element.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
};

/** What the page shows but a Markdown reader has no use for. */
function pageOnly(element: Element): boolean {
  return (
    element.tagName === 'style' ||
    element.tagName === 'script' ||
    element.properties['dataStepStatus'] !== undefined ||
    hasClass(element, 'copy-button')
  );
}

function tidy(nodes: (RootContent | ElementContent)[], lang: Lang): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text' || node.type === 'comment') return [node];
    if (node.type !== 'element') return [];
    if (pageOnly(node)) return [];
    const children = tidy(node.children, lang);
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) {
      return [{ ...node, properties: { ...node.properties, href: `/${lang}/${href}` }, children }];
    }
    if (node.tagName === 'aside' && hasClass(node, 'callout')) {
      // A callout: a quote whose first line is its title in bold.
      const [title, ...rest] = children;
      const heading: ElementContent[] =
        title?.type === 'element' && hasClass(title, 'callout-title')
          ? [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'strong', properties: {}, children: title.children }] }]
          : title
            ? [title]
            : [];
      return [{ type: 'element', tagName: 'blockquote', properties: {}, children: [...heading, ...rest] }];
    }
    return [{ ...node, children }];
  });
}

/** One step's rendered HTML as Markdown blocks. */
export function htmlToMarkdown(html: string, lang: Lang): string {
  const tree = fromHtml(html, { fragment: true });
  const tidied: Root = { type: 'root', children: tidy(tree.children, lang) };
  return toMarkdown(toMdast(tidied), { extensions: [gfmTableToMarkdown({ tablePipeAlign: false })], bullet: '-', rule: '-', fences: true }).trim();
}

/** The whole guide: its title, what it is, then each step under its number and title. */
export function guideMarkdown(document: GuideMarkdownDocument): string {
  const parts = [
    `# ${document.title}`,
    document.intro,
    `_${document.source}_`,
    ...document.steps.map((step) => `## ${step.number}: ${step.title}\n\n${htmlToMarkdown(step.html, document.lang)}`),
  ];
  return `${parts.join('\n\n')}\n`;
}
