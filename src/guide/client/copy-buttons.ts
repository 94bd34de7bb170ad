/**
 * Gives every code block and every `[data-copy-value]` a copy button. Buttons are added by script only:
 * without JavaScript there is nothing they could do, and the text stays selectable.
 */
export function copyButton(label: string, text: () => string | Promise<string>, done: string, failed = label): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = label;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(await text());
      button.textContent = done;
    } catch {
      button.textContent = failed;
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
  return button;
}

/** Buttons for everything under `root`, worded by `labelled`'s data-copy-label and data-copied-label. */
export function addCopyButtons(root: HTMLElement, labelled: HTMLElement = root): void {
  const label = labelled.dataset['copyLabel'] ?? 'Copy';
  const done = labelled.dataset['copiedLabel'] ?? 'Copied';
  const targets = root.querySelectorAll<HTMLElement>('pre, [data-copy-value]');
  for (const target of targets) {
    // Read at click time: the page script may have filled in the reader's values since.
    const button = copyButton(label, () => (target.textContent ?? '').trim(), done);
    if (target.tagName === 'PRE') {
      const frame = document.createElement('div');
      frame.className = 'code-frame';
      target.replaceWith(frame);
      frame.append(target, button);
    } else {
      target.after(button);
    }
  }
}
