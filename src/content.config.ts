import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideEntryId } from './guide/entry-path.ts';
import { guideFrontMatterSchema } from './guide/front-matter.ts';

/**
 * The guide: one MDX file per step and language, content/guide/<lang>/NN-<step-id>.mdx. Every MDX file
 * there is read, so a misnamed one stops the build (guideEntryId) instead of being left out.
 */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guide', generateId: ({ entry }) => guideEntryId(entry) }),
  schema: guideFrontMatterSchema,
});

export const collections = { guide };
