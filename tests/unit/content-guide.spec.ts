import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleFiles, sampleTabs } from '../../src/guide/samples.ts';
import { snippetRegion } from '../../src/guide/snippet-regions.ts';
import { sampleIds } from '../../src/lib/local-tenant-defaults.ts';
import { stepAnchor, stepIds } from '../../src/guide/steps.ts';
import { verifiersOf } from '../../src/preflight/verified-steps.ts';
import { languages } from '../../src/i18n/languages.ts';
import { expect, test } from '../support/fixtures.ts';
import { fencedBlocks, inPageLinks, readGuideFiles, readWholeGuide } from '../support/guide-content.ts';

const projectRoot = join(import.meta.dirname, '../..');

test.describe('guide content', () => {
  for (const lang of languages) {
    test(`${lang}: every step, once, in the shared order: the file names are the step list`, () => {
      const files = readGuideFiles(lang);
      expect(files.map((f) => f.file)).toEqual(stepIds.map((step, index) => `${String(index + 1).padStart(2, '0')}-${step}.mdx`));
      expect(files.map((f) => f.data.step)).toEqual([...stepIds]);
      for (const { file, data } of files) expect(data.order, file).toBe(stepIds.indexOf(data.step) + 1);
    });
  }

  test('the three languages agree on ids and order', () => {
    const [reference, ...others] = languages.map((lang) => readGuideFiles(lang).map(({ data }) => ({ step: data.step, order: data.order })));
    for (const other of others) expect(other).toEqual(reference);
  });

  test('some steps can be verified by the playground, and the prerequisites by discovery', () => {
    const checkable = stepIds.filter((step) => verifiersOf(step).checks.length > 0 || verifiersOf(step).signIn);
    expect(checkable.length).toBeGreaterThanOrEqual(5);
    expect(verifiersOf('prerequisites').checks).toContain('endpoint.discovery');
    expect(verifiersOf('going-further')).toEqual({ checks: [], signIn: false });
  });

  test('every in-page link points at a step anchor', () => {
    const anchors = new Set(stepIds.map(stepAnchor));
    let links = 0;
    for (const { lang, file, body } of readWholeGuide()) {
      for (const target of inPageLinks(body)) {
        links += 1;
        expect(anchors.has(target), `${lang}/${file} links to #${target}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  test('the Flask sample compiles, and the guide holds no Python of its own', () => {
    try {
      execFileSync('python3', ['-m', 'py_compile', join(projectRoot, 'examples/flask/app.py')], { stdio: 'pipe' });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      throw new Error(`examples/flask/app.py does not compile:\n${stderr}`);
    }
    for (const { lang, file, body } of readWholeGuide()) {
      expect(fencedBlocks(body).filter((block) => /^(python|py|ts|typescript|js|javascript|tsx|jsx)$/.test(block.lang)), `${lang}/${file}`).toEqual([]);
    }
  });

  test('the Flask sample has every route the issue asks for', () => {
    const python = readFileSync(join(projectRoot, 'examples/flask/app.py'), 'utf8');
    for (const needle of [
      'class SessionStorage(Storage)',
      'storage=SessionStorage()',
      'redirectUri=f"{BASE_URL}/callback"',
      'interactionMode="signUp"',
      'directSignIn=DirectSignInOption(method=DirectSignInOptionMethod.social, identifier="naver")',
      'handleSignInCallback(request.url)',
      'postLogoutRedirectUri=BASE_URL',
      'client.isAuthenticated()',
      'UserInfoScope.identities',
    ]) {
      expect(python, needle).toContain(needle);
    }
  });
});

/** Every `<SampleCode file="…" region="…">` of a step, in order, and the samples whose .env it shows. */
function sampleReferences(body: string) {
  return {
    code: [...body.matchAll(/<SampleCode lang="(\w+)" file="([^"]+)"(?: region="([^"]+)")?( open)? \/>/g)].map((m) => ({
      lang: m[1],
      file: m[2] ?? '',
      region: m[3],
      open: m[4] !== undefined,
    })),
    env: [...body.matchAll(/<SampleEnv lang="(\w+)" sample="(\w+)" \/>/g)].map((m) => ({ lang: m[1], sample: m[2] })),
  };
}

test.describe('the SDK step shows the sample apps', () => {
  const sdkStep = (lang: (typeof languages)[number]) => readGuideFiles(lang).find((f) => f.data.step === 'integrate-sdk')?.body ?? '';

  test('every code reference names a file the guide may show, and a region that file has', () => {
    const shown = new Set(sampleIds.flatMap((id) => sampleFiles[id]));
    for (const lang of languages) {
      const { code } = sampleReferences(sdkStep(lang));
      expect(code.length, lang).toBeGreaterThan(10);
      for (const reference of code) {
        expect(reference.lang, `${lang}: ${reference.file}`).toBe(lang);
        expect(shown.has(reference.file), `${lang}: ${reference.file} is in sampleFiles`).toBe(true);
        const source = readFileSync(join(projectRoot, reference.file), 'utf8');
        if (reference.region) expect(() => snippetRegion(source, reference.region ?? ''), `${reference.file}#${reference.region}`).not.toThrow();
      }
    }
  });

  test('each language shows the same code, in the same order, and each sample’s .env and complete files', () => {
    const [reference, ...others] = languages.map((lang) => {
      const { code, env } = sampleReferences(sdkStep(lang));
      return { code: code.map(({ file, region, open }) => ({ file, region, open })), env: env.map(({ sample }) => sample) };
    });
    for (const other of others) expect(other).toEqual(reference);
    expect(reference?.env).toEqual([...sampleIds]);
    for (const id of sampleIds) {
      const mainFiles = sampleFiles[id].filter((file) => /\.(py|js|ts|tsx)$/.test(file));
      for (const file of mainFiles) {
        expect(reference?.code.some((c) => c.file === file && c.region === undefined && !c.open), `${file}: the complete file`).toBe(true);
      }
    }
  });

  test('each SDK tab is labelled as the sample list names it (the tab, its own page’s title and the URI list say one name)', () => {
    for (const lang of languages) {
      const tabs = [...sdkStep(lang).matchAll(/<CodeTab id="(\w+)" label="([^"]+)"/g)].map(([, id, label]) => ({ id, label }));
      expect(tabs, lang).toEqual(sampleTabs.map(({ id, label }) => ({ id, label })));
    }
  });

  test('step 2 lists the sample apps’ URIs, in every language', () => {
    for (const lang of languages) {
      const step = readGuideFiles(lang).find((f) => f.data.step === 'create-logto-app');
      expect(step?.body, lang).toContain(`<SampleUris lang="${lang}" />`);
      expect(step?.body, lang).not.toMatch(/localhost:\d+\/callback/);
    }
  });
});
