import { z } from 'zod';

/**
 * The front matter of one guide step in one language: only what its path can't say (the step, its
 * number and its language come from content/guide/{lang}/NN-<step-id>.mdx, ./entry-path.ts). Plain zod
 * (not astro:content's re-export) so the unit tests can parse the MDX files with the same schema the
 * content collection uses; strict, so a leftover `order:` or `lang:` is refused, not ignored.
 */
export const guideFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1),
});

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;
