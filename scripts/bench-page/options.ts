/** bench:page's command line (parsed by scripts/support/script-args.ts; its own test checks it). */
import { z } from 'zod';
import { languages, type Lang } from '../../src/i18n/languages.ts';
import type { ScriptArgs } from '../support/script-args.ts';

/** The language of a guide page's path (/en/ → en), or undefined for any other path. */
export function guideLangOf(path: string): Lang | undefined {
  return languages.find((lang) => path === `/${lang}/`);
}

export const benchPageUsage = `npm run bench:page                   the guide page's weight, served by the built site (default)
npm run bench:page -- --static       read <outDir>/client only: no server, no island
npm run bench:page -- --path /ko/    another page
npm run bench:page -- --starlight    also the same guide on Starlight (a scratch site built in the temp
                                     directory): bytes by type side by side, the gzip ratio, and first
                                     paint (FCP, LCP) of both pages from alike static servers
npm run bench:page -- --starlight --runs 5    loads per page for the paint medians (default 10)

Builds the site first when there is no build or a source is newer than it.`;

export const benchPageArgs = {
  usage: benchPageUsage,
  options: { static: { type: 'boolean' }, path: { type: 'string' }, starlight: { type: 'boolean' }, runs: { type: 'string' } },
  schema: z
    .object({
      static: z.boolean().default(false),
      path: z.string().startsWith('/', 'a path on the site, like /ko/').default('/en/'),
      starlight: z.boolean().default(false),
      runs: z.coerce.number().int('a whole number of loads').min(1, 'at least 1 load').max(50, 'at most 50 loads').default(10),
    })
    .refine((args) => !(args.static && args.starlight), {
      message: 'not with --static (it serves both pages statically itself)',
      path: ['starlight'],
    })
    .refine((args) => !args.starlight || guideLangOf(args.path) !== undefined, {
      message: `--starlight compares a language's guide page: --path ${languages.map((lang) => `/${lang}/`).join(', ')}`,
      path: ['path'],
    }),
} satisfies ScriptArgs<z.ZodType>;
