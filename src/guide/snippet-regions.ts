/**
 * Cuts the guide's code regions out of a real source file, so the guide shows the code the playground
 * runs instead of a copy that could drift. A region is the lines between `// #region <name>` and
 * `// #endregion <name>`; several regions are joined with one blank line, each dedented on its own.
 */
export const GUIDE_SNIPPET_REGION = 'guide-snippet';

export class SnippetRegionError extends Error {
  override name = 'SnippetRegionError';
}

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

export function extractSnippetRegions(source: string, name: string = GUIDE_SNIPPET_REGION): string[] {
  const open = new RegExp(`^\\s*//\\s*#region\\s+${name}\\s*$`);
  const close = new RegExp(`^\\s*//\\s*#endregion\\s+${name}\\s*$`);
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
    } else {
      current?.push(line);
    }
  });
  if (current) throw new SnippetRegionError(`region "${name}" is never closed`);
  return regions;
}

/** The guide's snippet: every region, in source order. Throws when there is none, so the build stops. */
export function guideSnippet(source: string, name: string = GUIDE_SNIPPET_REGION): string {
  const regions = extractSnippetRegions(source, name).filter((region) => region.trim() !== '');
  if (regions.length === 0) throw new SnippetRegionError(`no "${name}" region found`);
  return regions.join('\n\n');
}
