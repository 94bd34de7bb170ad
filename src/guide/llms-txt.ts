import { languageNames, languages } from '../i18n/languages.ts';
import { guideStrings } from './strings.ts';

/** Where a language's guide is as Markdown (pages/[lang]/guide.md.ts serves it). */
export function guideMarkdownHref(lang: (typeof languages)[number]): string {
  return `/${lang}/guide.md`;
}

/**
 * `/llms.txt` (the llms.txt convention: a title, a one-line summary, then lists of links): what the site
 * is, and each language's guide as Markdown. Written in English, with each guide's own title.
 */
export function llmsTxt(): string {
  const en = guideStrings.en;
  return [
    `# ${en.pageTitle}`,
    `> ${en.pageDescription}`,
    'A guide, in Japanese, English and Korean, to adding "Sign in with Naver" to a web app through Logto (an OpenID Connect identity service): create a Traditional web application in the Logto Console, add the Logto SDK (Python/Flask, Node/Express or Next.js), register the app on Naver Developers, add and configure Logto\'s Naver connector, enable it in the sign-in experience, and test the sign-in. The site also has a playground that runs the sign-in against a reader\'s own tenant and diagnoses which step is wrong.',
    '## Guide (Markdown)',
    languages.map((lang) => `- [${languageNames[lang]}: ${guideStrings[lang].pageTitle}](${guideMarkdownHref(lang)}): ${guideStrings[lang].pageDescription}`).join('\n'),
    '## Pages',
    languages.map((lang) => `- [${languageNames[lang]}](/${lang}/): the guide with the live playground beside it`).join('\n'),
  ].join('\n\n') + '\n';
}
