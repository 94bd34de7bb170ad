import { fillPlaceholders } from '../fill-values.ts';
import { readPanelState } from '../panel-state.ts';

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
  const label = holder.dataset['copyMarkdownLabel'] ?? 'Copy as Markdown';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = label;
  button.addEventListener('click', async () => {
    try {
      const response = await fetch(link.href);
      if (!response.ok) throw new Error(String(response.status));
      const panel = region?.querySelector('[data-playground-panel]');
      const markdown = fillPlaceholders(await response.text(), panel ? readPanelState(panel) : {});
      await navigator.clipboard.writeText(markdown);
      button.textContent = holder.dataset['copyMarkdownDone'] ?? label;
    } catch {
      button.textContent = holder.dataset['copyMarkdownFailed'] ?? label;
    }
    setTimeout(() => (button.textContent = label), 3000);
  });
  link.after(' ', button);
}
