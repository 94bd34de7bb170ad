/**
 * A whole sample file as plain text, comments in the page's language: what the guide links instead of
 * inlining files whose regions it already shows. Prerendered, one per language and file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../i18n/languages.ts';
import { allSampleFiles, sampleCode } from '../../../guide/samples.ts';
import { sampleSource } from '../../../guide/sample-sources.ts';

export const prerender = true;

export const getStaticPaths = (() =>
  languages.flatMap((lang) =>
    allSampleFiles.map((file) => ({ params: { lang, file: `${file.replace(/^examples\//, '')}.txt` }, props: { lang, file } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; file: string }> = ({ props }) =>
  new Response(`${sampleCode(sampleSource(props.file), { lang: props.lang })}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
