import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillPlaceholders, fillValues } from '../../src/guide/fill-values.ts';
import { guideMarkdownHref, llmsTxt } from '../../src/guide/llms-txt.ts';
import { htmlToMarkdown } from '../../src/guide/markdown.ts';
import { placeholders, secretPlaceholder } from '../../src/guide/placeholders.ts';
import { codeLanguageOf, sampleCode } from '../../src/guide/samples.ts';
import { guideStrings } from '../../src/guide/strings.ts';
import { format } from '../../src/i18n/define-strings.ts';
import { languages } from '../../src/i18n/languages.ts';
import { faultScenarioApp, faultScenarioIds } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP, LOCAL_MANAGEMENT_API_APP } from '../../src/lib/local-tenant-defaults.ts';
import { fencedBlocks, readGuideFiles } from '../support/guide-content.ts';

const projectRoot = join(import.meta.dirname, '../..');
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
/** The built Markdown (Playwright's web server builds the site before any test runs). */
const built = (path: string) => readFileSync(join(projectRoot, outDir, 'client', path), 'utf8');

/** What the MDX asks SampleCode/SampleEnv to show inline: a region, or a whole file marked `open`. */
function inlineSamples(body: string): { file: string; region: string | undefined }[] {
  const samples = [...body.matchAll(/<SampleCode\b([^>]*)\/>/g)].flatMap(([, attributes = '']) => {
    const file = /file="([^"]+)"/.exec(attributes)?.[1] ?? '';
    const region = /region="([^"]+)"/.exec(attributes)?.[1];
    return region !== undefined || /\bopen\b/.test(attributes) ? [{ file, region }] : [];
  });
  const envs = [...body.matchAll(/<SampleEnv\b[^>]*sample="(\w+)"/g)].map(([, sample]) => ({ file: `examples/${sample}/.env.example`, region: undefined }));
  return [...samples, ...envs];
}

const secrets = [LOCAL_DEMO_APP.secret, LOCAL_MANAGEMENT_API_APP.secret, ...faultScenarioIds.map((id) => faultScenarioApp(id).appSecret)];

test.describe('the guide as Markdown', () => {
  for (const lang of languages) {
    test(`${lang}: every step under its number and title, in order, after the guide's title`, () => {
      const markdown = built(`${lang}/guide.md`);
      const t = guideStrings[lang];
      expect(markdown.startsWith(`# ${t.pageTitle}\n`)).toBe(true);
      const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      const expected = readGuideFiles(lang).map(({ data }) => `${format(t.stepNumber, { n: data.order })}: ${data.title}`);
      expect(headings).toEqual(expected);
    });

    test(`${lang}: every code block the page shows inline is fenced with its language`, () => {
      const markdown = built(`${lang}/guide.md`);
      const fences = fencedBlocks(markdown);
      expect(fences.every((block) => block.lang !== ''), 'no fence without a language').toBe(true);
      let expectedCount = 0;
      for (const { file, body } of readGuideFiles(lang)) {
        for (const sample of inlineSamples(body)) {
          const code = sampleCode(readFileSync(join(projectRoot, sample.file), 'utf8'), { lang, region: sample.region });
          expect(fences, `${file}: ${sample.file}#${sample.region ?? 'whole'}`).toContainEqual({ lang: codeLanguageOf(sample.file), code: `${code}\n` });
          expectedCount += 1;
        }
        for (const block of fencedBlocks(body)) {
          expect(fences, `${file}: a ${block.lang} fence`).toContainEqual(block);
          expectedCount += 1;
        }
      }
      expect(expectedCount).toBeGreaterThan(20);
      expect(fences.length).toBe(expectedCount);
    });

    test(`${lang}: components are plain Markdown, placeholders stand where the reader's values go, and no secret`, () => {
      const markdown = built(`${lang}/guide.md`);
      // No component tag, attribute or expression left over from the MDX.
      expect(markdown).not.toMatch(/<\/?[A-Z]\w+|\b(?:lang|file|region|kind)="|\[object Object\]|\bundefined\b/);
      // The page's own furniture is not in it.
      expect(markdown).not.toContain(guideStrings[lang].statusPending);
      // Console labels as bold text, callouts as quotes under a bold title, the Naver field map as a table.
      expect(markdown).toMatch(/\*\*[^*]+\*\*/);
      expect(markdown).toMatch(/^> \*\*.+\*\*$/m);
      expect(markdown).toMatch(/^\| .+ \|$/m);
      for (const placeholder of [placeholders.endpoint, placeholders.appId, secretPlaceholder]) expect(markdown).toContain(placeholder);
      for (const secret of secrets) expect(markdown).not.toContain(secret);
    });

    test(`${lang}: filled with a reader's values, no placeholder of theirs is left, and the secret's stays one`, () => {
      const markdown = built(`${lang}/guide.md`);
      const state = { endpoint: 'https://abc123.logto.app', appId: 'a1b2c3d4e5f6g7h8i9j0k', siteOrigin: 'https://shop.example', connectorId: 'naverconn123' };
      const filled = fillPlaceholders(markdown, state);
      for (const placeholder of Object.values(placeholders)) expect(filled).not.toContain(placeholder);
      expect(filled).toContain(`LOGTO_ENDPOINT=${state.endpoint}`);
      expect(filled).toContain(`LOGTO_APP_ID=${state.appId}`);
      expect(filled).toContain(fillValues(state).callbackUrl);
      expect(filled).toContain(`LOGTO_APP_SECRET=${secretPlaceholder}`);
      // Nothing known: nothing changes.
      expect(fillPlaceholders(markdown, {})).toBe(markdown);
    });
  }

  test('llms.txt says what the site is and links each language’s Markdown', () => {
    const text = built('llms.txt');
    expect(text).toBe(llmsTxt());
    expect(text.startsWith(`# ${guideStrings.en.pageTitle}\n\n> `)).toBe(true);
    for (const lang of languages) expect(text).toContain(`](${guideMarkdownHref(lang)})`);
  });
});

test.describe('HTML to Markdown', () => {
  test('drops what only the page has, quotes a callout under its title, fences code with its language, points in-page links at the page', () => {
    const markdown = htmlToMarkdown(
      [
        '<header><h2 id="x">Title</h2><span class="step-status" data-step-status="x">Not verified yet</span></header>',
        '<style>.a{color:red}</style>',
        '<aside class="callout callout-note" aria-label="Careful"><p class="callout-title">Careful</p><p>Read <a href="#step-x">step 2</a>.</p></aside>',
        '<figure class="sample-code"><figcaption><code>app.py</code></figcaption><pre class="hl"><code class="language-python"><span class="l1 d1">import</span> os\nprint(1)</code></pre></figure>',
      ].join(''),
      'ko',
    );
    expect(markdown).not.toContain('Not verified yet');
    expect(markdown).not.toContain('color:red');
    expect(markdown).toContain('> **Careful**\n>\n> Read [step 2](/ko/#step-x).');
    expect(markdown).toContain('```python\nimport os\nprint(1)\n```');
  });
});
