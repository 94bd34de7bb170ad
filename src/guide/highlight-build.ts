import { satteri, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import type { Plugin } from 'vite';
import { codeThemeCss, highlightCode } from './highlight.ts';

/**
 * What astro.config.mjs plugs in so that every code block is highlighted by src/guide/highlight.ts:
 * the Markdown fences of the guide's MDX (through Astro's Markdown processor, Sätteri, with Astro's
 * own highlight plugin around our highlighter; a fence's placeholders are filled like a .env's), and
 * the stylesheet of the themes' colour classes, a virtual module the page imports.
 */
export const codeThemeModule = 'virtual:guide-code-theme.css';

export function guideMarkdownProcessor() {
  return satteri({ hastPlugins: [satteriHighlightPlugin((code, lang) => highlightCode(code, lang, { fill: true }), undefined)] });
}

export function codeThemeStylesheet(): Plugin {
  // Resolved to a path ending in .css, so Vite treats it as a stylesheet (bundled, hashed for the CSP).
  const resolved = `/@guide-code-theme.css`;
  return {
    name: 'guide-code-theme',
    resolveId: (id) => (id === codeThemeModule ? resolved : undefined),
    load: (id) => (id === resolved ? codeThemeCss() : undefined),
  };
}
