/**
 * Where the guide's Node/TypeScript sample comes from: the playground's own @logto/node code, between
 * `// #region guide-snippet` and `// #endregion guide-snippet`. src/playground/components/NodeSnippet.astro
 * imports this file (its import has to spell the path out; the content tests check both agree).
 */
export const NODE_SNIPPET_FILE = 'src/playground/logto/client.ts';
