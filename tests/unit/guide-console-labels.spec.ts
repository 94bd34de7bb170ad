import { expect, test } from '@playwright/test';
import {
  accessControlWalk,
  consoleLabel,
  consoleLabels,
  consoleVersions,
  labelText,
  type ConsoleLabelEntry,
  type ConsoleVersion,
} from '../../src/guide/console-labels.ts';
import { stepOf } from '../../src/diagnosis/codes.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { readGuideFiles } from '../support/guide-content.ts';
import { languages } from '../../src/i18n/languages.ts';
import { readWholeGuide } from '../support/guide-content.ts';
import { naverConnectorNames, realPhrase } from '../support/console-phrases.ts';

const entries = Object.entries(consoleLabels) as [string, ConsoleLabelEntry][];

/** `{{name}}` → the value the Console puts there, as i18next does. */
function interpolate(phrase: string, params: Record<string, string>): string {
  return phrase.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Each `<ConsoleLabel lang="…" k="…" />` of an MDX body, with its attributes. */
function consoleLabelTags(body: string): { lang: string | undefined; k: string | undefined }[] {
  return [...body.matchAll(/<ConsoleLabel\b([^>]*)\/>/g)].map((m) => ({
    lang: /\blang="([^"]*)"/.exec(m[1] ?? '')?.[1],
    k: /\bk="([^"]*)"/.exec(m[1] ?? '')?.[1],
  }));
}

test.describe('Console labels', () => {
  for (const [key, entry] of entries) {
    test(`${key} reads as each recorded Console version shows it, in every language`, () => {
      for (const lang of languages) {
        const params = Object.fromEntries(Object.entries(entry.params ?? {}).map(([name, byLang]) => [name, byLang[lang]]));
        const texts: Record<ConsoleVersion, string> = { '1.42': entry.text[lang], '1.37': (entry.before142 ?? entry.text)[lang] };
        if (entry.only142) {
          // A label only the 1.42 Console has: its 1.37.1 phrase files must not have the key.
          expect(realPhrase(entry.package, lang, key, '1.37'), `${lang}: "${key}" is new in 1.42`).toBeUndefined();
          expect(entry.text[lang], `${lang} 1.42: ${key}`).toBe(realPhrase(entry.package, lang, key, '1.42'));
          continue;
        }
        for (const version of consoleVersions) {
          const phrase = realPhrase(entry.package, lang, key, version);
          expect(phrase, `${lang}: "${key}" exists in Logto ${version}'s ${entry.package} phrases`).toBeDefined();
          expect(texts[version], `${lang} ${version}: ${key}`).toBe(interpolate(phrase ?? '', params));
        }
      }
      // Words for 1.41 or earlier are kept only where they differ.
      if (entry.before142) expect(languages.some((lang) => entry.before142?.[lang] !== entry.text[lang]), key).toBe(true);
    });
  }

  test('the sign-in button uses the connector name Logto shows (ja falls back to en)', () => {
    const names = naverConnectorNames();
    expect(names['en']).toBe('Naver');
    for (const lang of languages) {
      expect(consoleLabels['action.sign_in_with'].params.name[lang], lang).toBe(names[lang] ?? names['en']);
    }
  });

  test('the Console’s callback URI sentence differs between the versions, and the guide shows both readings', () => {
    const key = 'connectors.guide.callback_uri_description';
    expect(realPhrase('admin-console', 'en', key, '1.42')).toContain('Add all displayed URIs');
    expect(realPhrase('admin-console', 'en', key, '1.37')).toContain('Add this URI');
    const shown = consoleLabel(key, 'ja');
    expect(shown.map((reading) => reading.versions)).toEqual([['1.42'], ['1.37']]);
    expect(shown[0]?.text).toBe(realPhrase('admin-console', 'ja', key, '1.42'));
    expect(shown[1]?.english).toBe(realPhrase('admin-console', 'en', key, '1.37'));
    // A label both versions agree on is shown once, for both.
    expect(consoleLabel('tabs.connectors', 'ko')).toEqual([{ versions: consoleVersions, text: '연동', english: 'Connectors' }]);
  });

  test('the checker itself refuses a wrong text and a key that does not exist', () => {
    expect(realPhrase('admin-console', 'ko', 'tabs.connectors')).toBe('연동');
    expect(realPhrase('admin-console', 'ko', 'tabs.connectors')).not.toBe('커넥터');
    expect(realPhrase('admin-console', 'en', 'tabs.no_such_tab')).toBeUndefined();
    expect(realPhrase('admin-console', 'en', 'no_such_file.title')).toBeUndefined();
    // A nested file reached through sign-in-exp/index.ts's imports.
    expect(realPhrase('admin-console', 'ja', 'sign_in_exp.sign_up_and_sign_in.identifiers_none')).toBe('該当なし');
  });

  test('every ConsoleLabel in the guide names a known key in its own file’s language', () => {
    let count = 0;
    for (const { lang, file, body } of readWholeGuide()) {
      for (const tag of consoleLabelTags(body)) {
        count += 1;
        expect(tag.lang, `${lang}/${file}: lang of ${tag.k}`).toBe(lang);
        expect(Object.hasOwn(consoleLabels, tag.k ?? ''), `${lang}/${file}: key ${tag.k}`).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(20 * languages.length);
  });

  test('every label in the table is used by each language of the guide', () => {
    for (const lang of languages) {
      const used = new Set(
        readWholeGuide()
          .filter((f) => f.lang === lang)
          .flatMap((f) => consoleLabelTags(f.body).map((t) => t.k)),
      );
      for (const [key] of entries) expect(used.has(key), `${lang} uses ${key}`).toBe(true);
    }
  });

  test('the ja and ko guides never name a Console label in English alone (bold, outside ConsoleLabel)', () => {
    for (const { lang, file, body } of readWholeGuide().filter((f) => f.lang !== 'en')) {
      for (const [key, entry] of entries) {
        if (entry.text[lang] === entry.text.en) continue;
        expect(body.toLowerCase(), `${lang}/${file}: **${entry.text.en}** (${key})`).not.toContain(`**${entry.text.en.toLowerCase()}**`);
      }
    }
  });

  test('a label only the 1.42 Console has is named only in passages for that Console', () => {
    const only142 = entries.filter(([, entry]) => entry.only142).map(([key]) => key);
    expect(only142.length).toBeGreaterThan(0);
    for (const { lang, file, body } of readWholeGuide()) {
      const outside = body.replace(/<ForConsole lang="\w+" version="1\.42">[\s\S]*?<\/ForConsole>/g, '');
      for (const tag of consoleLabelTags(outside)) expect(only142, `${lang}/${file}: ${tag.k} outside a 1.42 passage`).not.toContain(tag.k);
    }
  });

  test('the Access control walk-through: the step access_control_denied points to, and its fix, name the same labels', () => {
    const keys = [...accessControlWalk.path, ...accessControlWalk.allowUser, accessControlWalk.switchOff];
    for (const lang of languages) {
      const step = readGuideFiles(lang).find((f) => f.data.step === stepOf('access_control_denied'));
      expect(step, `${lang}: the step of access_control_denied`).toBeDefined();
      const passages = [...(step?.body ?? '').matchAll(/<ForConsole lang="\w+" version="1\.42">([\s\S]*?)<\/ForConsole>/g)].map((m) => m[1] ?? '');
      const walk = passages.find((passage) => consoleLabelTags(passage).some((tag) => tag.k === 'application_details.access_control.title'));
      expect(walk, `${lang}: a 1.42 passage on Access control`).toBeDefined();
      const named = consoleLabelTags(walk ?? '').map((tag) => tag.k);
      // The path in order: Applications › (the app) › Rules › Access control.
      expect(named.slice(0, accessControlWalk.path.length)).toEqual([...accessControlWalk.path]);
      const fix = diagnosisText(lang, 'access_control_denied').fix;
      for (const key of keys) {
        expect(named, `${lang}: the guide names ${key}`).toContain(key);
        expect(fix, `${lang}: the fix names ${key}`).toContain(labelText(key, lang));
      }
      // The fix names the path after "Console ›", in the same order, with the same words.
      let at = fix.indexOf('Console ›');
      for (const key of accessControlWalk.path) {
        at = fix.indexOf(`› ${labelText(key, lang)}`, at);
        expect(at, `${lang}: the fix's path goes on with ${key}`).toBeGreaterThan(-1);
      }
    }
  });
});
