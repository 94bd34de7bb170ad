/**
 * Turns `[data-code-tabs]` groups into ARIA tabs. Without JavaScript every tab's panel stays visible
 * under its own heading, which reads as plain content.
 */
export function enhanceCodeTabs(root: HTMLElement): void {
  for (const group of root.querySelectorAll<HTMLElement>('[data-code-tabs]')) {
    const panels = [...group.querySelectorAll<HTMLElement>(':scope > [data-code-tab]')];
    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', group.getAttribute('aria-label') ?? '');
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
    const select = (chosen: number, focus: boolean) => {
      tabs.forEach((tab, index) => {
        const on = index === chosen;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        panels[index]?.toggleAttribute('hidden', !on);
        if (on && focus) tab.focus();
      });
    };
    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => select(index, false));
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
        select(target, true);
      });
    });
    list.append(...tabs);
    group.prepend(list);
    select(0, false);
  }
}
