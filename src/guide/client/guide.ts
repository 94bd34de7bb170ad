import { enhanceCodeTabs } from './code-tabs.ts';
import { addCopyButtons } from './copy-buttons.ts';
import { addCopyAsMarkdown } from './copy-markdown.ts';
import { syncWithPanel } from './panel-sync.ts';

// The guide page's only script: everything it does is an enhancement of content that already works.
const root = document.querySelector<HTMLElement>('[data-guide]');
const region = document.querySelector<HTMLElement>('[data-playground-region]');
if (root) {
  const sync = region ? syncWithPanel(root, region) : undefined;
  // An on-demand tab's code arrives later: it gets its copy buttons and the reader's values then.
  enhanceCodeTabs(root, {
    onLoaded: (panel) => {
      addCopyButtons(panel, root);
      sync?.refresh();
    },
  });
  addCopyButtons(root);
  addCopyAsMarkdown(root, region);
}
