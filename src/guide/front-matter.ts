import { z } from 'zod';
import { languages } from '../i18n/languages.ts';
import { stepIds } from './steps.ts';

/**
 * The front matter of one guide step in one language. Plain zod (not astro:content's re-export) so the
 * unit tests can parse the MDX files with the same schema the content collection uses.
 */
export const guideFrontMatterSchema = z.strictObject({
  step: z.enum(stepIds),
  order: z.number().int().min(1).max(stepIds.length),
  title: z.string().trim().min(1),
  lang: z.enum(languages),
});

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;
