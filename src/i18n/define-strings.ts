import type { Lang } from './languages.ts';

/**
 * Declares one concern's UI strings. English is the reference: the type makes every other language
 * carry exactly the same keys, so a string can't exist in one language only.
 */
export function defineStrings<const T extends Record<string, string>>(
  strings: { en: T } & Record<Exclude<Lang, 'en'>, Record<keyof T, string>>,
): Record<Lang, Record<keyof T, string>> {
  return strings;
}

/** Fills `{name}` placeholders. Unknown placeholders are left as they are, so a typo shows up on the page. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
