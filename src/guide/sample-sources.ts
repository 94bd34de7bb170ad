/**
 * The sample apps' files as the build reads them (Vite's glob, so only for modules Astro builds: the
 * components and the pages; tests read the files themselves). A file not listed here cannot be shown.
 */
const sources = import.meta.glob<string>(
  ['/examples/*/*.{py,js,txt,json}', '/examples/*/.env.example', '/examples/next/app/**/*.{ts,tsx}', '!**/node_modules/**', '!**/package-lock.json'],
  { query: '?raw', import: 'default', eager: true, exhaustive: true },
);

/** A sample file's text, by its path from the repository root; throws (and so stops the build) when missing. */
export function sampleSource(file: string): string {
  const source = sources[`/${file}`];
  if (source === undefined) throw new Error(`${file} is not a sample file the guide can show`);
  return source;
}
