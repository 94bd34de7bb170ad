/**
 * Turns `[data-code-tabs]` groups into ARIA tabs. Without JavaScript every tab's panel stays visible
 * under its own heading, which reads as plain content.
 *
 * Groups that name the same group (`data-code-tabs="sdk"`: the SDK tabs of every step) show the same
 * choice: picking Express in one picks it in all, and the choice is kept in localStorage, so the next
 * visit opens on it. Where storage is refused (private modes, blocked cookies) the tabs still work.
 *
 * A tab sent as a link (`data-code-tab-src`, OnDemandCodeTab) gets its content when it is first shown:
 * fetched from the fragment the build wrote (./html-fragment.ts), put in place of the link. While it
 * loads, and if it fails, the tab's status line (a polite live region) says so; after a failure the link
 * stays and the next showing tries again.
 */
import { fetchHtmlFragment } from './html-fragment.ts';

const storageKey = (group: string) => `guide:code-tab:${group}`;

function rememberedChoice(group: string): string | null {
  try {
    return group ? localStorage.getItem(storageKey(group)) : null;
  } catch {
    return null;
  }
}

function remember(group: string, value: string): void {
  try {
    if (group) localStorage.setItem(storageKey(group), value);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

export interface CodeTabsOptions {
  /** Called with a panel once its on-demand content is in the page. */
  onLoaded?: (panel: HTMLElement) => void;
}

async function loadOnDemand(panel: HTMLElement, onLoaded: CodeTabsOptions['onLoaded']): Promise<void> {
  const src = panel.dataset['codeTabSrc'];
  const link = panel.querySelector<HTMLElement>(':scope > .code-tab-elsewhere');
  const status = panel.querySelector<HTMLElement>(':scope > [data-code-tab-status]');
  if (!src || !link || panel.dataset['codeTabLoading'] !== undefined) return;
  panel.dataset['codeTabLoading'] = '';
  panel.setAttribute('aria-busy', 'true');
  if (status) status.textContent = panel.dataset['codeTabLoadingLabel'] ?? '';
  try {
    link.replaceWith(await fetchHtmlFragment(src));
    status?.remove();
    onLoaded?.(panel);
  } catch {
    if (status) status.textContent = panel.dataset['codeTabFailed'] ?? '';
  } finally {
    delete panel.dataset['codeTabLoading'];
    panel.removeAttribute('aria-busy');
  }
}

interface TabGroup {
  group: string;
  values: string[];
  select(chosen: number, focus: boolean): void;
}

export function enhanceCodeTabs(root: HTMLElement, { onLoaded }: CodeTabsOptions = {}): void {
  const groups: TabGroup[] = [];
  /** A choice made in one group, shown in every group of the same name. */
  const choose = (from: TabGroup, value: string) => {
    remember(from.group, value);
    for (const other of groups) {
      if (other !== from && other.group === from.group && from.group !== '') {
        const index = other.values.indexOf(value);
        if (index >= 0) other.select(index, false);
      }
    }
  };

  for (const element of root.querySelectorAll<HTMLElement>('[data-code-tabs]')) {
    const panels = [...element.querySelectorAll<HTMLElement>(':scope > [data-code-tab]')];
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', element.getAttribute('aria-label') ?? '');
    const tabs = panels.map((panel, index) => {
      const heading = panel.querySelector<HTMLElement>(':scope > .code-tab-title');
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${panel.id}-tab`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.textContent = heading?.textContent ?? String(index + 1);
      // Kept for the outline (the panel's h4s sit under it), shown only to assistive tech once tabs exist.
      heading?.classList.add('visually-hidden');
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      return tab;
    });
    const group: TabGroup = {
      group: element.dataset['codeTabs'] ?? '',
      values: panels.map((panel) => panel.dataset['codeTab'] ?? ''),
      select: (chosen, focus) => {
        tabs.forEach((tab, index) => {
          const on = index === chosen;
          tab.setAttribute('aria-selected', String(on));
          tab.tabIndex = on ? 0 : -1;
          const panel = panels[index];
          panel?.toggleAttribute('hidden', !on);
          if (on && panel) void loadOnDemand(panel, onLoaded);
          if (on && focus) tab.focus();
        });
      },
    };
    const pick = (index: number, focus: boolean) => {
      group.select(index, focus);
      choose(group, group.values[index] ?? '');
    };
    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => pick(index, false));
      tab.addEventListener('keydown', (event) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        const target =
          step !== undefined ? (index + step + tabs.length) % tabs.length
          : event.key === 'Home' ? 0
          : event.key === 'End' ? tabs.length - 1
          : undefined;
        if (target === undefined) return;
        // These keys also scroll the page by default (End: to the bottom), away from the tab just focused.
        event.preventDefault();
        pick(target, true);
      });
    });
    list.append(...tabs);
    element.prepend(list);
    const remembered = group.values.indexOf(rememberedChoice(group.group) ?? '');
    group.select(Math.max(remembered, 0), false);
    groups.push(group);
  }
}
