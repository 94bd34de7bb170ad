import { format } from '../../i18n/define-strings.ts';
import { fillNames, fillValues } from '../fill-values.ts';
import { readPanelState } from '../panel-state.ts';

/**
 * Keeps the guide in step with the playground panel: fills the reader's values into every `[data-fill]`
 * (computed URLs, and the placeholders the build marked in code blocks: src/guide/highlight.ts), and
 * marks the steps the panel has verified. The panel is a server island that arrives
 * after load and can change later, so this watches the region it lives in; `refresh` is for content
 * the page adds itself (an on-demand code tab).
 */
export function syncWithPanel(root: HTMLElement, region: HTMLElement): { refresh: () => void } {
  const setText = (element: Element, text: string) => {
    if (element.textContent !== text) element.textContent = text;
  };

  const render = () => {
    const panel = region.querySelector('[data-playground-panel]');
    const state = panel ? readPanelState(panel) : { verifiedSteps: [], tenantVersion: 'unknown' as const };
    const values = fillValues(state);
    // The Console passages of the other version hide (guide.css) once the panel knows the tenant's.
    if (root.dataset['tenantVersion'] !== state.tenantVersion) root.dataset['tenantVersion'] = state.tenantVersion;

    for (const element of root.querySelectorAll<HTMLElement>('[data-fill]')) {
      const name = fillNames.find((candidate) => candidate === element.dataset['fill']);
      if (name) setText(element, values[name]);
    }

    // The prerendered lists are the build's; the server decides at run time whether there is a fault lab.
    for (const list of root.querySelectorAll<HTMLElement>('[data-break-it]')) list.hidden = state.noFaultLab === true;

    const verified = new Set<string>(state.verifiedSteps);
    let done = 0;
    for (const badge of root.querySelectorAll<HTMLElement>('[data-step-status][data-checkable]')) {
      const on = verified.has(badge.dataset['stepStatus'] ?? '');
      badge.dataset['state'] = on ? 'verified' : 'pending';
      setText(badge, (on ? root.dataset['labelVerified'] : root.dataset['labelPending']) ?? '');
    }
    const rows = root.querySelectorAll<HTMLElement>('[data-step-row][data-checkable]');
    for (const row of rows) if (verified.has(row.dataset['stepRow'] ?? '')) done += 1;
    const progress = root.querySelector<HTMLElement>('[data-progress]');
    if (progress) {
      setText(progress, format(progress.dataset['template'] ?? '', { done, total: rows.length }));
      progress.hidden = false;
    }
  };

  render();
  new MutationObserver(render).observe(region, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-verified-steps', 'data-endpoint', 'data-app-id', 'data-site-origin', 'data-connector-id', 'data-tenant-version', 'data-fault-lab'],
  });
  return { refresh: render };
}
