import type { Lang } from '../i18n/languages.ts';
import { sampleCommentStrings } from './sample-comment-strings.ts';
import { sampleIds, type SampleId } from '../lib/local-tenant-defaults.ts';
import { localizeComments } from './code-comments.ts';
import { snippetRegion, wholeFile } from './snippet-regions.ts';

/**
 * The guide's view of the sample apps in examples/ (their ports and URIs are in
 * src/lib/local-tenant-defaults.ts, which the local tenant reads too): the tab each has, the files the
 * guide shows from it, and how a file's code is cut and its comments put in the reader's language.
 */
export const sampleTabs: readonly { id: SampleId; label: string }[] = sampleIds.map((id) => ({
  id,
  label: { flask: 'Python / Flask', express: 'Node / Express', next: 'Next.js (App Router)' }[id],
}));

/** Every file the guide shows, by sample (paths from the repository root). */
export const sampleFiles: Record<SampleId, readonly string[]> = {
  flask: ['examples/flask/app.py', 'examples/flask/requirements.txt', 'examples/flask/.env.example'],
  express: ['examples/express/app.js', 'examples/express/package.json', 'examples/express/.env.example'],
  next: [
    'examples/next/app/logto.ts',
    'examples/next/app/callback/route.ts',
    'examples/next/app/page.tsx',
    'examples/next/package.json',
    'examples/next/.env.example',
  ],
};

export function envExampleFile(id: SampleId): string {
  return `examples/${id}/.env.example`;
}

/** The language class of a file's code block: what a highlighter keys on. */
export function codeLanguageOf(file: string): string {
  const extension = /\.env\.example$/.test(file) ? 'env' : (/\.(\w+)$/.exec(file)?.[1] ?? '');
  return { py: 'python', js: 'js', ts: 'ts', tsx: 'tsx', json: 'json', txt: 'text', env: 'ini' }[extension] ?? 'text';
}

/** English comment text → the reader's language (empty for English: the files are written in it). */
export function commentTranslations(lang: Lang): Map<string, string> {
  if (lang === 'en') return new Map();
  const english = sampleCommentStrings.en;
  const theirs = sampleCommentStrings[lang];
  return new Map(Object.entries(english).map(([key, text]) => [text, theirs[key as keyof typeof english]]));
}

/** What the guide shows of a file: one region, or the whole file without region markers; comments localized. */
export function sampleCode(source: string, options: { lang: Lang; region?: string | undefined }): string {
  const code = options.region === undefined ? wholeFile(source) : snippetRegion(source, options.region);
  return localizeComments(code, commentTranslations(options.lang));
}

/** Every file the guide shows, once each. */
export const allSampleFiles: readonly string[] = sampleIds.flatMap((id) => sampleFiles[id]);

/** Where the page links a whole sample file (in the reader's language, as plain text): pages/[lang]/examples/. */
export function sampleFileHref(lang: Lang, file: string): string {
  return `/${lang}/${file}.txt`;
}
