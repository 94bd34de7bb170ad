import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import type { StepId } from '../../src/guide/steps.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';
import { snippetRegion } from '../../src/guide/snippet-regions.ts';
import { readGuideFiles, readWholeGuide } from '../support/guide-content.ts';
import { sharedReference } from '../support/shared-reference.ts';

/**
 * Facts about the real Logto Console and Naver Developers that the guide got wrong once (issue 11), kept
 * true here. Sources: Logto 1.37.1's phrase files and connector code (../shared/reference/logto-console-phrases),
 * Naver's developer docs (appregister.md, appconf.md, login devguide) and its pre-review guide.
 */
function step(lang: Lang, id: StepId): string {
  const file = readGuideFiles(lang).find((f) => f.data.step === id);
  if (!file) throw new Error(`${lang}: no step ${id}`);
  return file.body;
}

/** The bodies of a step's `<ForConsole … version="…">` passages. */
const blocks = (body: string, version: string) =>
  [...body.matchAll(new RegExp(`<ForConsole lang="\\w+" version="${version.replace('.', '\\.')}">([\\s\\S]*?)</ForConsole>`, 'g'))].map((m) => m[1] ?? '');

/** English number words, for a count the guide writes out. */
const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const label = (key: string) => new RegExp(`<ConsoleLabel lang="\\w+" k="${key.replaceAll('.', '\\.')}" />`);

test.describe('the guide as the Console and Naver Developers really are', () => {
  test('no connector id is called 12 characters long, and none sits in a "top bar" before it exists', () => {
    for (const { lang, file, body } of readWholeGuide()) {
      expect(body, `${lang}/${file}`).not.toMatch(/12[- ]?char|12 ?文字|12 ?자/i);
      expect(body, `${lang}/${file}`).not.toMatch(/top bar|上部バー|상단 바/i);
    }
  });

  for (const lang of languages) {
    test(`${lang}: step 4 copies Redirect URI (Callback URI) from the setup form and keeps it open until Save and Done`, () => {
      const body = step(lang, 'add-naver-connector');
      expect(body).toMatch(label('connectors.guide.callback_uri'));
      expect(body).toMatch(label('connectors.save_and_done'));
      expect(body).toMatch(/21/);
      expect(body).toContain('<Fill name="callbackUrl" copy />');
      expect(body).toContain('<Fill name="connectorId" />');
    });

    test(`${lang}: steps 4 and 5 name both callback URIs where Logto 1.42 lists two, and the one of 1.41 or earlier`, () => {
      // The paths the 1.42.0 Console lists (ConnectorForm/ConfigForm), read from the record.
      const configForm = readFileSync(sharedReference('real-logto-1.42', 'console-ConnectorForm-ConfigForm.tsx'), 'utf8');
      const paths = [...configForm.matchAll(/new URL\(`(\/[^$`]*)\$\{connectorId\}`/g)].map((m) => m[1]);
      expect(paths).toEqual(['/callback/', '/account/callback/social/']);
      for (const id of ['add-naver-connector', 'register-naver-app'] as const) {
        const body = step(lang, id);
        const recent = blocks(body, '1.42');
        const older = blocks(body, '1.37');
        expect(recent.length, `${lang} ${id}: a 1.42 passage`).toBeGreaterThan(0);
        expect(older.length, `${lang} ${id}: a 1.41-or-earlier passage`).toBeGreaterThan(0);
        expect(recent.join('\n')).toContain('<Fill name="accountCallbackUrl" copy />');
        expect(recent.join('\n')).toContain(`{endpoint}${paths[1]}{connectorId}`);
        // The older Console has no Account Center URI to register.
        expect(older.join('\n')).not.toContain(paths[1]);
        expect(older.join('\n')).not.toContain('accountCallbackUrl');
      }
      // Step 4 quotes the Console's sentence about them (its words differ by version: console-labels.ts).
      expect(step(lang, 'add-naver-connector')).toMatch(/<ConsoleLabel lang="\w+" k="connectors\.guide\.callback_uri_description" quote \/>/);
      // Step 5 says Naver limits the Callback URLs, and what that means with custom domains.
      expect(step(lang, 'register-naver-app')).toMatch(/Callback URL/);
      expect(step(lang, 'register-naver-app')).toMatch(/custom domains|カスタムドメイン|커스텀 도메인/);
      expect(step(lang, 'register-naver-app')).toMatch(/Account Center/);
      // The number is the record's ("roughly 5 callback URL slots"), in steps 4 and 5: no more precise than it.
      const slots = /roughly (\d+) callback URL slots/.exec(readFileSync(sharedReference('logto-naver-flow.md'), 'utf8'))?.[1];
      expect(slots, 'the record states the number of slots').toBeDefined();
      const about = { en: `about ${numberWords[Number(slots)]}`, ja: `${slots} 個ほど`, ko: `${slots}개 정도` }[lang];
      for (const id of ['add-naver-connector', 'register-naver-app'] as const) expect(step(lang, id).replace(/\s+/g, ' '), `${lang} ${id}`).toContain(about);
    });

    test(`${lang}: step 7 goes to Sign-in & account › Sign-up and sign-in; the button is "Continue with"`, () => {
      const body = step(lang, 'enable-in-sign-in-experience');
      expect(body).toMatch(new RegExp(`${label('tabs.sign_in_experience').source}\\s*›\\s*${label('sign_in_exp.tabs.sign_up_and_sign_in').source}`));
      expect(body).toMatch(label('action.sign_in_with'));
      expect(body).not.toMatch(/\*\*Sign-in experience\*\*/);
    });

    test(`${lang}: step 5 names Naver's screens as Naver shows them`, () => {
      const body = step(lang, 'register-naver-app');
      expect(body).toContain('PC 웹');
      expect(body).toContain('Mobile 웹');
      expect(body).not.toMatch(/PC웹|모바일웹/);
      // The review is requested on its own tab, not from API 설정; approval makes the status 서비스 적용.
      expect(body).toContain('**네이버 로그인 검수 상태**');
      expect(body).toContain('**검수 요청**');
      expect(body).not.toContain('API 설정');
      expect(body).toContain('**서비스 적용**');
      // Who can sign in during 개발 중: the registrant, up to 3 관리자, up to 20 testers (멤버관리).
      expect(body).toContain('**관리자**');
      expect(body).toMatch(/\b3\b/);
      expect(body).toMatch(/\b20\b/);
      expect(body).toContain('**멤버관리**');
      // The first registration's two pages, and the secret behind 보기 that turns into 재발급.
      expect(body).toContain('**이용약관 동의**');
      expect(body).toContain('**계정 정보 등록**');
      expect(body).toContain('**보기**');
      expect(body).toContain('**재발급**');
    });

    test(`${lang}: the 재발급 trap is named where the secret is pasted and among the symptoms`, () => {
      expect(step(lang, 'configure-connector')).toContain('재발급');
      expect(step(lang, 'test-and-verify')).toContain('재발급');
    });

    test(`${lang}: step 3 has what the original guide had (poetry, sample, storage docs, plain sign-in)`, () => {
      const body = step(lang, 'integrate-sdk');
      expect(body).toContain('poetry add logto');
      expect(body).toContain('https://github.com/logto-io/python');
      expect(body).toContain('`samples`');
      expect(body).toContain('https://github.com/logto-io/python/tree/master/docs');
      // The Python is the Flask sample's, shown by region: a plain sign-in, and sign-up as the option.
      expect(body).toContain('<SampleCode lang="' + lang + '" file="examples/flask/app.py" region="sign-in" />');
      expect(body).toContain('<SampleCode lang="' + lang + '" file="examples/flask/app.py" region="sign-up" />');
      const app = readFileSync(join(import.meta.dirname, '../../examples/flask/app.py'), 'utf8');
      const signIn = snippetRegion(app, 'sign-in');
      expect(signIn, 'a plain sign-in').toContain('client.signIn(');
      expect(signIn).not.toMatch(/interactionMode|directSignIn/);
      expect(snippetRegion(app, 'sign-up'), 'sign-up as the option').toContain('interactionMode="signUp"');
    });

    test(`${lang}: further reading names the Account API and the customer IAM series`, () => {
      const body = step(lang, 'going-further');
      expect(body).toContain('Account API');
      expect(body).toMatch(/IAM/);
      expect(body).toContain('https://blog.logto.io/');
    });
  }

  test('the local tenant’s Naver connector has a 21-character id, as the Console creates them', () => {
    expect(LOCAL_NAVER_CONNECTOR.id).toMatch(/^[0-9a-z]{21}$/);
  });

  test('the README’s local tenant table shows that id', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const section = /## The local tenant\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    expect(section).toContain(`\`${LOCAL_NAVER_CONNECTOR.id}\``);
    expect(section).toContain(`/callback/${LOCAL_NAVER_CONNECTOR.id}`);
  });
});
