/**
 * Cuts the guide's code out of the real sample files (examples/), so the guide shows the code that runs
 * instead of a copy that could drift. A region is the lines between `#region <name>` and
 * `#endregion <name>` comments (`// #region x` in JavaScript and TypeScript, `# #region x` in Python and
 * .env files); several regions of one name are joined with one blank line, each dedented on its own.
 */
export class SnippetRegionError extends Error {
  override name = 'SnippetRegionError';
}

const marker = (kind: 'region' | 'endregion', name: string) =>
  new RegExp(`^\\s*(?://|#)\\s*#${kind}\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
/** Any region marker line, whatever its name. */
const anyMarker = /^\s*(?:\/\/|#)\s*#(?:end)?region\b.*$/;

function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(cut));
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  return lines.slice(start, end);
}

export function extractSnippetRegions(source: string, name: string): string[] {
  const open = marker('region', name);
  const close = marker('endregion', name);
  const regions: string[] = [];
  let current: string[] | undefined;
  source.split(/\r?\n/).forEach((line, index) => {
    if (open.test(line)) {
      if (current) throw new SnippetRegionError(`line ${index + 1}: region "${name}" opened inside another`);
      current = [];
    } else if (close.test(line)) {
      if (!current) throw new SnippetRegionError(`line ${index + 1}: region "${name}" closed without being opened`);
      regions.push(dedent(trimBlankEdges(current)).join('\n'));
      current = undefined;
    } else if (!anyMarker.test(line)) {
      current?.push(line);
    }
  });
  if (current) throw new SnippetRegionError(`region "${name}" is never closed`);
  return regions;
}

/** One named snippet: every region of that name, in source order. Throws when there is none, so the build stops. */
export function snippetRegion(source: string, name: string): string {
  const regions = extractSnippetRegions(source, name).filter((region) => region.trim() !== '');
  if (regions.length === 0) throw new SnippetRegionError(`no "${name}" region found`);
  return regions.join('\n\n');
}

/** The whole file as a reader copies it: without the region markers, which only the guide reads. */
export function wholeFile(source: string): string {
  return trimBlankEdges(source.split(/\r?\n/).filter((line) => !anyMarker.test(line))).join('\n');
}
