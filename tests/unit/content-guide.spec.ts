import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { NODE_SNIPPET_FILE } from '../../src/guide/node-snippet-source.ts';
import { placeholders, secretPlaceholder } from '../../src/guide/placeholders.ts';
import { guideSnippet } from '../../src/guide/snippet-regions.ts';
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

  test('every Python snippet compiles', async ({ makeTempDir }) => {
    const dir = await makeTempDir('guide-py-');
    let count = 0;
    for (const { lang, file, body } of readWholeGuide()) {
      fencedBlocks(body)
        .filter((block) => block.lang === 'python')
        .forEach((block, index) => {
          const path = join(dir, `${lang}_${file.replace(/\W/g, '_')}_${index}.py`);
          writeFileSync(path, block.code);
          count += 1;
          try {
            execFileSync('python3', ['-m', 'py_compile', path], { stdio: 'pipe' });
          } catch (error) {
            const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
            throw new Error(`${lang}/${file}, python block ${index + 1} does not compile:\n${stderr}`);
          }
        });
    }
    // The Flask tab has seven Python blocks in each language: client, sign-in, sign-up, direct sign-in,
    // callback, sign-out, home.
    expect(count).toBe(7 * languages.length);
  });

  test('Python code uses the placeholders the page script fills in, and the secret only as a placeholder', () => {
    for (const { lang, file, body } of readWholeGuide()) {
      for (const { code } of fencedBlocks(body).filter((b) => b.lang === 'python' && b.code.includes('LogtoConfig('))) {
        expect(code, `${lang}/${file}`).toContain(`endpoint="${placeholders.endpoint}"`);
        expect(code, `${lang}/${file}`).toContain(`appId="${placeholders.appId}"`);
        expect(code, `${lang}/${file}`).toContain(`appSecret="${secretPlaceholder}"`);
      }
    }
  });

  test('the Flask sample has every route the issue asks for, in each language', () => {
    for (const lang of languages) {
      const sdkStep = readGuideFiles(lang).find((f) => f.data.step === 'integrate-sdk');
      const python = fencedBlocks(sdkStep?.body ?? '')
        .filter((b) => b.lang === 'python')
        .map((b) => b.code)
        .join('\n');
      for (const needle of [
        'class SessionStorage(Storage)',
        'storage=SessionStorage()',
        'redirectUri=',
        'interactionMode="signUp"',
        'handleSignInCallback(request.url)',
        'postLogoutRedirectUri=',
        'client.isAuthenticated()',
      ]) {
        expect(python, `${lang}: ${needle}`).toContain(needle);
      }
    }
  });
});

test.describe('the Node snippet', () => {
  test('comes from the playground source the component imports', () => {
    const componentFile = 'src/playground/components/NodeSnippet.astro';
    const component = readFileSync(join(projectRoot, componentFile), 'utf8');
    const importedPath = relative(dirname(componentFile), NODE_SNIPPET_FILE);
    expect(component).toContain(`'${importedPath}`);
    expect(existsSync(join(projectRoot, NODE_SNIPPET_FILE)), `${NODE_SNIPPET_FILE} exists`).toBe(true);
    const snippet = guideSnippet(readFileSync(join(projectRoot, NODE_SNIPPET_FILE), 'utf8'));
    expect(snippet).toContain('LogtoClient');
  });

  test('type-checks on its own, as a reader copies it (strict TypeScript, Node module resolution)', async ({ makeTempDir }) => {
    const snippet = guideSnippet(readFileSync(join(projectRoot, NODE_SNIPPET_FILE), 'utf8'));
    // Inside the project, so '@logto/node' resolves from node_modules as it would in the reader's app.
    const dir = await makeTempDir('.snippet-check-', join(projectRoot, 'node_modules'));
    const file = join(dir, 'logto.ts');
    writeFileSync(file, snippet);
    const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
    const flags = ['--ignoreConfig', '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    try {
      execFileSync(process.execPath, [tsc, ...flags, '--target', 'es2022', '--types', 'node', '--skipLibCheck', file], { stdio: 'pipe' });
    } catch (error) {
      const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
      throw new Error(`the guide's Node snippet does not compile on its own:\n${output}`);
    }
  });

  test('is used by the SDK step in every language instead of a copied code block', () => {
    for (const lang of languages) {
      const sdkStep = readGuideFiles(lang).find((f) => f.data.step === 'integrate-sdk');
      expect(sdkStep?.body, lang).toContain(`<NodeSnippet lang="${lang}" />`);
      expect(fencedBlocks(sdkStep?.body ?? '').filter((b) => /^(ts|typescript|js|javascript)$/.test(b.lang))).toEqual([]);
    }
  });
});
