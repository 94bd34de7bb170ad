/**
 * The yardstick for bench:page: the same guide on Starlight. A scratch Starlight project, kept under the
 * system's temp directory (never among this repo's dependencies), installed from the npm registry at the
 * versions pinned here, with one page per language whose body is that language's /<lang>/guide.md from
 * our build (the guide's MDX rendered with its components, as Markdown: the same words and code blocks).
 * Starlight's defaults otherwise: sidebar, search, theme and language pickers, Expressive Code.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/languages.ts';

/** The one place the yardstick's versions are pinned. */
export const starlightVersions = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;

const localeLabels: Record<Lang, string> = { en: 'English', ja: '日本語', ko: '한국어' };

/** A Starlight page from a guide.md: its first heading becomes the title (Starlight prints it). */
export function starlightPage(markdown: string): string {
  const [first = '', ...rest] = markdown.split('\n');
  const title = first.replace(/^#\s+/, '');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${rest.join('\n').trimStart()}`;
}

function config(langs: readonly Lang[]): string {
  const locales = Object.fromEntries(langs.map((lang) => [lang, { label: localeLabels[lang], lang }]));
  return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: 'Sign in with Naver', defaultLocale: ${JSON.stringify(langs[0])}, locales: ${JSON.stringify(locales)} })],
});
`;
}

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function run(cwd: string, args: string[]): void {
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Builds (or reuses) the Starlight site for these guides; returns its output directory, where the page
 * for a language is /<lang>/.
 */
export function buildStarlightSite(guides: ReadonlyMap<Lang, string>): string {
  const versionKey = createHash('sha256').update(JSON.stringify(starlightVersions)).digest('hex').slice(0, 12);
  const root = join(tmpdir(), `bench-page-starlight-${versionKey}`);
  mkdirSync(join(root, 'src', 'content', 'docs'), { recursive: true });
  if (!existsSync(join(root, 'node_modules', '@astrojs', 'starlight'))) {
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ name: 'bench-page-starlight', private: true, type: 'module', dependencies: starlightVersions }, null, 2),
    );
    console.log(`Installing Starlight ${starlightVersions['@astrojs/starlight']} (astro ${starlightVersions.astro}) into ${root}…`);
    run(root, ['install', '--no-audit', '--no-fund', '--save-exact', '--loglevel=error']);
  }
  const langs = [...guides.keys()];
  const files = new Map<string, string>([
    ['astro.config.mjs', config(langs)],
    [join('src', 'content.config.ts'), contentConfig],
    ...langs.map((lang): [string, string] => [join('src', 'content', 'docs', lang, 'index.md'), starlightPage(guides.get(lang) ?? '')]),
  ]);
  const contentKey = createHash('sha256').update(JSON.stringify([...files])).digest('hex');
  const stamp = join(root, 'dist', '.bench-content');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === contentKey) return join(root, 'dist');
  for (const [file, text] of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  console.log('Building the Starlight page…');
  run(root, ['exec', '--', 'astro', 'build', '--silent']);
  writeFileSync(stamp, contentKey);
  return join(root, 'dist');
}
