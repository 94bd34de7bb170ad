import { expect, test } from '@playwright/test';
import { extractSnippetRegions, guideSnippet, SnippetRegionError } from '../../src/guide/snippet-regions.ts';

const source = [
  "import { a } from 'a';",
  '',
  'export function outer() {',
  '  // #region guide-snippet',
  '',
  '  const client = new LogtoClient(config, adapters);',
  '  if (ready) {',
  '    await client.signIn(options);',
  '  }',
  '',
  '  // #endregion guide-snippet',
  '  return client;',
  '}',
  '// #region guide-snippet',
  'export const second = 2;',
  '// #endregion guide-snippet',
  '// #region other',
  'const notMine = 3;',
  '// #endregion other',
].join('\n');

test('extracts each region, dedented and without blank edges', () => {
  expect(extractSnippetRegions(source)).toEqual([
    'const client = new LogtoClient(config, adapters);\nif (ready) {\n  await client.signIn(options);\n}',
    'export const second = 2;',
  ]);
});

test('joins the regions with one blank line and leaves other regions out', () => {
  const snippet = guideSnippet(source);
  expect(snippet).toContain('}\n\nexport const second = 2;');
  expect(snippet).not.toContain('notMine');
  expect(snippet).not.toContain('#region');
  expect(guideSnippet(source, 'other')).toBe('const notMine = 3;');
});

test('handles CRLF line endings', () => {
  expect(extractSnippetRegions(source.replaceAll('\n', '\r\n'))[1]).toBe('export const second = 2;');
});

test('refuses unbalanced or missing regions', () => {
  expect(() => extractSnippetRegions('// #region guide-snippet\nx')).toThrow(SnippetRegionError);
  expect(() => extractSnippetRegions('x\n// #endregion guide-snippet')).toThrow(/closed without being opened/);
  expect(() => extractSnippetRegions('// #region guide-snippet\n// #region guide-snippet\n')).toThrow(/inside another/);
  expect(() => guideSnippet('const nothing = 1;')).toThrow(/no "guide-snippet" region/);
  expect(() => guideSnippet('// #region guide-snippet\n\n// #endregion guide-snippet')).toThrow(SnippetRegionError);
});
