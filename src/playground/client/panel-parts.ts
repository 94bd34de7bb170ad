/**
 * Fills a panel part's <details> (src/playground/components/PartDetails.astro) the first time it is
 * opened: its body is fetched from the fragment page (`data-part-src`) with the reader's cookies and put
 * in place of the fallback link. One listener for the document (a <details>' toggle doesn't bubble, so
 * it listens while capturing), so a panel that arrives later (the guide's server island) needs nothing.
 * When the fetch fails, the link stays, with a sentence saying so. What it says while loading and after a
 * failure is the panel's (`data-part-loading-label`, `data-part-failed-label` on its root).
 */
import { addCopyButtons } from '../../guide/client/copy-buttons.ts';
import { fetchHtmlFragment } from '../../guide/client/html-fragment.ts';

export function loadPartsWhenOpened(root: Document): void {
  if (root.documentElement.dataset['panelPartsReady'] !== undefined) return;
  root.documentElement.dataset['panelPartsReady'] = '';
  root.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (details instanceof HTMLDetailsElement && details.open && details.dataset['partSrc'] && details.dataset['partLoading'] === undefined) {
        void fillPart(details, details.dataset['partSrc']);
      }
    },
    true,
  );
}

async function fillPart(details: HTMLDetailsElement, src: string): Promise<void> {
  const body = details.querySelector<HTMLElement>('[data-part-body]');
  const status = details.querySelector<HTMLElement>('[data-part-status]');
  if (!body) return;
  const panel = details.closest<HTMLElement>('[data-playground-panel]');
  details.dataset['partLoading'] = '';
  body.setAttribute('aria-busy', 'true');
  if (status) status.textContent = panel?.dataset['partLoadingLabel'] ?? '';
  try {
    body.replaceChildren(await fetchHtmlFragment(src));
    delete details.dataset['partSrc'];
    addCopyButtons(body, panel ?? body);
  } catch {
    if (status) status.textContent = panel?.dataset['partFailedLabel'] ?? '';
  } finally {
    body.removeAttribute('aria-busy');
    delete details.dataset['partLoading'];
  }
}
