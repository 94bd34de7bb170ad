import { expect, test } from '@playwright/test';
import { extractSnippetRegions, snippetRegion, SnippetRegionError, wholeFile } from '../../src/guide/snippet-regions.ts';

const source = [
  "import { a } from 'a';",
  '',
  'export function outer() {',
  '  // #region setup',
  '',
  '  const client = new LogtoClient(config, adapters);',
  '  if (ready) {',
  '    await client.signIn(options);',
  '  }',
  '',
  '  // #endregion setup',
  '  return client;',
  '}',
  '// #region setup',
  'export const second = 2;',
  '// #endregion setup',
  '// #region other',
  'const notMine = 3;',
  '// #endregion other',
].join('\n');

test('extracts each region, dedented and without blank edges', () => {
  expect(extractSnippetRegions(source, 'setup')).toEqual([
    'const client = new LogtoClient(config, adapters);\nif (ready) {\n  await client.signIn(options);\n}',
    'export const second = 2;',
  ]);
});

test('joins the regions of one name with one blank line and leaves other regions out', () => {
  const snippet = snippetRegion(source, 'setup');
  expect(snippet).toContain('}\n\nexport const second = 2;');
  expect(snippet).not.toContain('notMine');
  expect(snippet).not.toContain('#region');
  expect(snippetRegion(source, 'other')).toBe('const notMine = 3;');
});

test('reads Python and .env markers too, and leaves out markers of other regions inside one', () => {
  const python = ['# #region client', 'import os', '# #region inner', 'x = 1', '# #endregion inner', '# #endregion client'].join('\n');
  expect(snippetRegion(python, 'client')).toBe('import os\nx = 1');
  expect(snippetRegion(python, 'inner')).toBe('x = 1');
});

test('the whole file drops every marker and nothing else', () => {
  const file = wholeFile(source);
  expect(file).not.toContain('#region');
  expect(file).not.toContain('#endregion');
  expect(file.split('\n')).toHaveLength(source.split('\n').length - 6);
  expect(file).toContain('  const client = new LogtoClient(config, adapters);');
});

test('handles CRLF line endings', () => {
  expect(extractSnippetRegions(source.replaceAll('\n', '\r\n'), 'setup')[1]).toBe('export const second = 2;');
});

test('refuses unbalanced or missing regions', () => {
  expect(() => extractSnippetRegions('// #region a\nx', 'a')).toThrow(SnippetRegionError);
  expect(() => extractSnippetRegions('x\n// #endregion a', 'a')).toThrow(/closed without being opened/);
  expect(() => extractSnippetRegions('// #region a\n// #region a\n', 'a')).toThrow(/inside another/);
  expect(() => snippetRegion('const nothing = 1;', 'a')).toThrow(/no "a" region/);
  expect(() => snippetRegion('# #region a\n\n# #endregion a', 'a')).toThrow(SnippetRegionError);
});
