import { enhanceCodeTabs } from './code-tabs.ts';
import { addCopyButtons } from './copy-buttons.ts';
import { syncWithPanel } from './panel-sync.ts';

// The guide page's only script: everything it does is an enhancement of content that already works.
const root = document.querySelector<HTMLElement>('[data-guide]');
const region = document.querySelector<HTMLElement>('[data-playground-region]');
if (root) {
  enhanceCodeTabs(root);
  addCopyButtons(root);
  if (region) syncWithPanel(root, region);
}
