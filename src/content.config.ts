import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideFrontMatterSchema } from './guide/front-matter.ts';

/** The guide: one MDX file per step and language, content/guide/<lang>/NN-<step-id>.mdx. */
const guide = defineCollection({
  loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: './content/guide' }),
  schema: guideFrontMatterSchema,
});

export const collections = { guide };
