/**
 * Reads the guide's MDX files the way the content tests need them: what the path says and the front
 * matter, read with the same code as the content collection (src/guide/entry-path.ts, the zod front
 * matter schema), and the body's fenced code blocks and in-page links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { guideEntryPath, type GuideEntryPath } from '../../src/guide/entry-path.ts';
import { guideFrontMatterSchema, type GuideFrontMatter } from '../../src/guide/front-matter.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';

export const guideRoot = join(import.meta.dirname, '../../content/guide');

export interface GuideFile {
  lang: Lang;
  file: string;
  data: GuideFrontMatter & GuideEntryPath;
  body: string;
}

export function readGuideFiles(lang: Lang): GuideFile[] {
  return readdirSync(join(guideRoot, lang))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(guideRoot, lang, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${lang}/${file}: no front matter`);
      const parsed = guideFrontMatterSchema.safeParse(parseYaml(match[1] ?? ''));
      if (!parsed.success) throw new Error(`${lang}/${file}: ${parsed.error.message}`);
      return { lang, file, data: { ...parsed.data, ...guideEntryPath(`${lang}/${file}`) }, body: match[2] ?? '' };
    });
}

export function readWholeGuide(): GuideFile[] {
  return languages.flatMap(readGuideFiles);
}

/** Fenced code blocks (```lang … ```) with their info string. */
export function fencedBlocks(body: string): { lang: string; code: string }[] {
  return [...body.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```\s*$/gm)].map((m) => ({ lang: m[1] ?? '', code: m[2] ?? '' }));
}

/** Every in-page link target: markdown `](#x)` and JSX `href="#x"`. */
export function inPageLinks(body: string): string[] {
  return [...body.matchAll(/\]\(#([^)\s]+)\)|href=["']#([^"']+)["']/g)].map((m) => m[1] ?? m[2] ?? '');
}
