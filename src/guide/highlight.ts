import { createHighlighter, type ThemeRegistrationResolved } from 'shiki';
import type { Element, ElementContent } from 'hast';
import { fillValues, type FillName } from './fill-values.ts';

/**
 * The guide's code highlighting, done once when the site is built with Shiki (Astro's own highlighter):
 * no script. The page's CSP allows no style attributes, so a token carries classes, not Shiki's inline
 * colours: `l<n>` for its colour in the light theme and `d<n>` in the dark one, `<n>` being the colour's
 * place in its theme's palette, or `c<n>` when both places are `<n>`. `codeThemeCss()` writes those classes' rules from the same two themes,
 * each under its `prefers-color-scheme`, so the page follows the reader's colour scheme. A token in the
 * theme's plain text colour has no class and takes the page's own. Font styles are left out.
 *
 * Where a block may show the reader's values, each placeholder becomes `<span data-fill="<name>">`,
 * which the page script fills in like any other `[data-fill]` (only the endpoint and the App ID: the
 * App secret is never filled).
 */
export const codeThemes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
const languages = ['python', 'ts', 'tsx', 'js', 'json', 'ini', 'bash'] as const;
type CodeLanguage = (typeof languages)[number];
const aliases: Record<string, CodeLanguage> = { sh: 'bash', shell: 'bash', env: 'ini', typescript: 'ts', javascript: 'js', py: 'python' };

/** The names a code block's placeholders are filled under (the App secret is not among them). */
const fillableInCode = ['endpoint', 'appId'] as const satisfies readonly FillName[];

let highlighter: ReturnType<typeof createHighlighter> | undefined;
function shiki() {
  highlighter ??= createHighlighter({ themes: Object.values(codeThemes), langs: [...languages] });
  return highlighter;
}

/** A theme's colours in a fixed order, lower case: every colour its rules can give a token. */
function palette(theme: ThemeRegistrationResolved): string[] {
  const colours = (theme.settings ?? []).map((rule) => rule.settings?.foreground).filter((colour) => colour !== undefined);
  return [...new Set(colours.map((colour) => colour.toLowerCase()))];
}

async function palettes() {
  const loaded = await shiki();
  return {
    light: { fg: loaded.getTheme(codeThemes.light).fg.toLowerCase(), colours: palette(loaded.getTheme(codeThemes.light)) },
    dark: { fg: loaded.getTheme(codeThemes.dark).fg.toLowerCase(), colours: palette(loaded.getTheme(codeThemes.dark)) },
  };
}

export function codeLanguage(name: string): CodeLanguage | 'text' {
  const known = languages.find((language) => language === name) ?? aliases[name];
  return known ?? 'text';
}

export interface HighlightOptions {
  /** Mark the endpoint and App ID placeholders for the page script to fill in. */
  fill?: boolean;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function span(className: string[], children: ElementContent[], properties: Record<string, string> = {}): Element {
  return { type: 'element', tagName: 'span', properties: { ...(className.length ? { className } : {}), ...properties }, children };
}

/** A token's text, its placeholders wrapped for filling. */
function withFills(value: string, fill: boolean): ElementContent[] {
  if (!fill) return [text(value)];
  const placeholders = fillValues({});
  const pattern = new RegExp(fillableInCode.map((name) => placeholders[name].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts: ElementContent[] = [];
  let last = 0;
  for (const found of value.matchAll(pattern)) {
    const name = fillableInCode.find((candidate) => placeholders[candidate] === found[0]);
    if (found.index > last) parts.push(text(value.slice(last, found.index)));
    parts.push(span([], [text(found[0])], { 'data-fill': name ?? '' }));
    last = found.index + found[0].length;
  }
  if (last < value.length) parts.push(text(value.slice(last)));
  return parts;
}

/**
 * One block of code as a `pre > code` element: tokens with their colour classes, lines joined by
 * newlines. The `pre` carries `hl` (what the theme's rules hang on) and the `code` its language class.
 */
export async function highlightCode(code: string, lang: string, options: HighlightOptions = {}): Promise<Element> {
  const language = codeLanguage(lang);
  const fill = options.fill ?? false;
  const children: ElementContent[] = [];
  if (language === 'text') {
    children.push(...withFills(code, fill));
  } else {
    const [loaded, colours] = await Promise.all([shiki(), palettes()]);
    const lines = loaded.codeToTokensWithThemes(code, { lang: language, themes: codeThemes });
    /** The last child when it is a coloured span: white space, and tokens of its colour, go into it. */
    const colouredSpan = () => {
      const last = children.at(-1);
      return last?.type === 'element' && last.properties['className'] !== undefined ? last : undefined;
    };
    lines.forEach((line, index) => {
      if (index > 0) (colouredSpan()?.children ?? children).push(text('\n'));
      for (const token of line) {
        const places = (['light', 'dark'] as const).map((scheme) => {
          const colour = token.variants[scheme]?.color?.toLowerCase();
          if (colour === undefined || colour === colours[scheme].fg) return undefined;
          const place = colours[scheme].colours.indexOf(colour);
          if (place < 0) throw new Error(`highlight: ${colour} is not in ${codeThemes[scheme]}'s palette`);
          return place;
        });
        const [light, dark] = places;
        // The two themes list their colours alike, so a token's two places are mostly one: `c<n>`.
        const classes =
          light !== undefined && light === dark ? [`c${light}`]
          : [...(light === undefined ? [] : [`l${light}`]), ...(dark === undefined ? [] : [`d${dark}`])];
        const content = withFills(token.content, fill);
        const blank = token.content.trim() === '';
        const previous = colouredSpan();
        // White space has no colour to show, so it joins the span before it, and so do neighbours of that
        // span's colour: one span for `install requirements.txt`, or for a run of comment lines.
        if (previous && (blank || String(previous.properties['className']) === String(classes)) && !content.some((part) => part.type === 'element')) {
          previous.children.push(...content);
        } else if (classes.length > 0 && !blank) {
          children.push(span(classes, content));
        } else {
          children.push(...content);
        }
      }
    });
  }
  return {
    type: 'element',
    tagName: 'pre',
    properties: { className: ['hl'] },
    children: [{ type: 'element', tagName: 'code', properties: { className: [`language-${lang}`] }, children }],
  };
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value: string) => value.replace(/[&<>"]/g, (character) => escapes[character] ?? character);

/** A highlighted block's tokens as HTML: what goes inside its `code` element. */
export async function highlightedCodeHtml(code: string, lang: string, options: HighlightOptions = {}): Promise<string> {
  const [codeElement] = (await highlightCode(code, lang, options)).children;
  return codeElement?.type === 'element' ? innerHtml(codeElement) : '';
}

function innerHtml(element: Element): string {
  return element.children
    .map((child) => {
      if (child.type === 'text') return escape(child.value);
      if (child.type !== 'element') return '';
      const attributes = Object.entries(child.properties)
        .map(([name, value]) => ` ${name === 'className' ? 'class' : name}="${escape(Array.isArray(value) ? value.join(' ') : String(value))}"`)
        .join('');
      return `<${child.tagName}${attributes}>${innerHtml(child)}</${child.tagName}>`;
    })
    .join('');
}

/** The two themes' token colours as class rules, each under its colour scheme. */
export async function codeThemeCss(): Promise<string> {
  const { light, dark } = await palettes();
  const rules = (prefix: string, colours: string[]) =>
    colours.map((colour, place) => `.hl .${prefix}${place},.hl .c${place}{color:${colour}}`).join('');
  return [
    `/* ${codeThemes.light} and ${codeThemes.dark}, written by src/guide/highlight.ts */`,
    `@media (prefers-color-scheme: light){${rules('l', light.colours)}}`,
    `@media (prefers-color-scheme: dark){${rules('d', dark.colours)}}`,
  ].join('\n');
}
