import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commentTexts, localizeComments } from '../../src/guide/code-comments.ts';
import { commentTranslations, sampleCode, sampleFiles } from '../../src/guide/samples.ts';
import { wholeFile } from '../../src/guide/snippet-regions.ts';
import { languages } from '../../src/i18n/languages.ts';
import { sampleCommentStrings } from '../../src/guide/sample-comment-strings.ts';
import { sampleIds } from '../../src/lib/local-tenant-defaults.ts';

const root = join(import.meta.dirname, '../..');
const shownFiles = sampleIds.flatMap((id) => sampleFiles[id]);
const read = (file: string) => readFileSync(join(root, file), 'utf8');

test('every comment in a file the guide shows has its translations', () => {
  const known = new Set(Object.values(sampleCommentStrings.en));
  const missing = shownFiles.flatMap((file) => commentTexts(wholeFile(read(file))).filter((text) => !known.has(text)).map((text) => `${file}: ${text}`));
  expect(missing).toEqual([]);
});

test('every translated comment is still in a sample file', () => {
  const used = new Set(shownFiles.flatMap((file) => commentTexts(wholeFile(read(file)))));
  expect(Object.entries(sampleCommentStrings.en).filter(([, text]) => !used.has(text)).map(([key]) => key)).toEqual([]);
});

for (const lang of languages.filter((lang) => lang !== 'en')) {
  test(`${lang}: the shown code has no English comment left, and only its comments changed`, () => {
    const translations = commentTranslations(lang);
    for (const file of shownFiles) {
      const english = wholeFile(read(file));
      const localized = sampleCode(read(file), { lang });
      expect(commentTexts(localized).filter((text) => translations.has(text)), file).toEqual([]);
      const [before, after] = [english.split('\n'), localized.split('\n')];
      expect(after).toHaveLength(before.length);
      before.forEach((line, index) => {
        if (line !== after[index]) expect(commentTexts(line), `${file}:${index + 1}`).toHaveLength(1);
      });
    }
  });
}

test('whole-line and trailing comments are replaced; commands and strings stay', () => {
  const table = new Map([
    ['the secret', 'le secret'],
    ['Starts here', 'Commence ici'],
  ]);
  const code = ['# Starts here', '#   pip install x  # the secret', 'x = "a # b"  # the secret', "y = '// the secret!'", '    // Starts here'].join('\n');
  expect(localizeComments(code, table).split('\n')).toEqual([
    '# Commence ici',
    '#   pip install x  # the secret',
    'x = "a # b"  # le secret',
    "y = '// the secret!'",
    '    // Commence ici',
  ]);
  expect(localizeComments(code, new Map())).toBe(code);
  // A ` # ` inside a string reads as the start of a comment with no translation: the test above would
  // name it, rather than let a comment go untranslated.
  expect(commentTexts(code)).toEqual(['Starts here', 'b"  # the secret', 'Starts here']);
});
