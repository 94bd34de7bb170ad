import { fillPlaceholders } from '../fill-values.ts';
import { readPanelState } from '../panel-state.ts';
import { copyButton } from './copy-buttons.ts';

/**
 * "Copy as Markdown" beside the link to the guide's Markdown: copies that Markdown with the reader's
 * values from the playground panel filled in (endpoint, App ID, site origin, connector id and the URLs
 * made from them; never the App secret, which the panel doesn't expose). Added by script only: without
 * JavaScript the link is there.
 */
export function addCopyAsMarkdown(root: HTMLElement, region: HTMLElement | null): void {
  const holder = root.querySelector<HTMLElement>('[data-as-markdown]');
  const link = holder?.querySelector<HTMLAnchorElement>('a[href]');
  if (!holder || !link) return;
  const { copyMarkdownLabel: label = '', copyMarkdownDone: done = '', copyMarkdownFailed: failed = '' } = holder.dataset;
  const markdown = async () => {
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(String(response.status));
    const panel = region?.querySelector('[data-playground-panel]');
    return fillPlaceholders(await response.text(), panel ? readPanelState(panel) : {});
  };
  link.after(' ', copyButton(label, markdown, done, failed));
}
