/**
 * Whether this machine has a font for the page's language. Without one (a server with no CJK fonts),
 * Chromium hunts for a fallback for every glyph on every load and paints ja/ko text far later than a
 * reader's machine, which has the fonts: the paint numbers would measure the machine, not the page.
 */
import { spawnSync } from 'node:child_process';
import type { Lang } from '../../src/i18n/languages.ts';

/** The font families fontconfig has for `lang`, or undefined when fc-list cannot be run. */
export function fontFamiliesFor(lang: Lang): string | undefined {
  const run = spawnSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : undefined;
}

/** A line to print before the paints when they would not be a reader's, or undefined when they would. */
export function fontWarning(lang: Lang, families: string | undefined): string | undefined {
  if (families === undefined) return `Could not ask fontconfig (fc-list) for a ${lang} font: if none is installed, the paints below are slower than a reader's.`;
  if (families.trim() === '') {
    return `No ${lang} font on this machine (fc-list :lang=${lang} is empty): Chromium searches for fallbacks on every load, so the paints below are slower than a reader's. Install one (Debian: fonts-noto-cjk) to measure the page.`;
  }
  return undefined;
}
