/**
 * The sample files' comments in the reader's language, without a copy of the code per language: the
 * files are written with English comments, and each comment's English text is the key of its
 * translations (src/guide/sample-comment-strings.ts). A comment is one line: a whole line (`# …`,
 * `// …`) or the end of a line of code. Text indented past the marker (`#   pip install …`) is a
 * command, shown as written.
 */
const commentMarkers = ['#', '//'] as const;

/** A comment's text where a line is a whole-line comment, with what comes before it. */
function wholeLineComment(line: string): { before: string; text: string } | undefined {
  const found = /^(\s*(?:#|\/\/) )(\S.*)$/.exec(line);
  return found ? { before: found[1] ?? '', text: found[2] ?? '' } : undefined;
}

/**
 * Replaces every comment whose English text `translations` knows with its translation. Returns the code
 * unchanged for English (an empty table).
 */
export function localizeComments(code: string, translations: ReadonlyMap<string, string>): string {
  if (translations.size === 0) return code;
  return code
    .split('\n')
    .map((line) => {
      const whole = wholeLineComment(line);
      if (whole) {
        const translated = translations.get(whole.text);
        return translated === undefined ? line : `${whole.before}${translated}`;
      }
      if (/^\s*(?:#|\/\/)/.test(line)) return line; // a marker followed by indented text: a command
      for (const [english, translated] of translations) {
        for (const mark of commentMarkers) {
          const ending = ` ${mark} ${english}`;
          if (line.endsWith(ending)) return `${line.slice(0, -english.length)}${translated}`;
        }
      }
      return line;
    })
    .join('\n');
}

/**
 * Every comment text in a file, as `localizeComments` would look them up: whole-line comments and
 * trailing ones. For the tests that make sure each has its translations; a `#` or `//` inside a string
 * would show up here as a comment with no translation, and so is noticed.
 */
export function commentTexts(code: string): string[] {
  return code.split('\n').flatMap((line) => {
    const whole = wholeLineComment(line);
    if (whole) return [whole.text];
    if (/^\s*(?:#|\/\/)/.test(line)) return []; // a marker followed by indented text: a command
    const trailing = /\s(?:#|\/\/) (\S.*)$/.exec(line);
    return trailing?.[1] ? [trailing[1]] : [];
  });
}
