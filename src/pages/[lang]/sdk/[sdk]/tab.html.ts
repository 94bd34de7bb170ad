/**
 * One SDK tab's content as an HTML fragment: what the guide page's script puts into an on-demand tab
 * when the reader picks it (src/guide/client/code-tabs.ts). Prerendered, one per language and SDK.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../../i18n/languages.ts';
import { sampleIds, type SampleId } from '../../../../lib/local-tenant-defaults.ts';
import { sdkTabOfGuide } from '../../../../guide/rendered-steps.ts';

export const prerender = true;

export const getStaticPaths = (() =>
  languages.flatMap((lang) => sampleIds.map((sdk) => ({ params: { lang, sdk }, props: { lang, sdk } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; sdk: SampleId }> = async ({ props: { lang, sdk } }) =>
  new Response((await sdkTabOfGuide(lang, sdk)).content, { headers: { 'content-type': 'text/html; charset=utf-8' } });
