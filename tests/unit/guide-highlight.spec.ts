import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { codeThemeCss, highlightCode, highlightedCodeHtml } from '../../src/guide/highlight.ts';
import { placeholders } from '../../src/guide/placeholders.ts';
import { allSampleFiles, codeLanguageOf, sampleCode } from '../../src/guide/samples.ts';

const projectRoot = join(import.meta.dirname, '../..');
const source = (file: string) => sampleCode(readFileSync(join(projectRoot, file), 'utf8'), { lang: 'en' });

function textOf(nodes: ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}
function elements(nodes: ElementContent[]): Element[] {
  return nodes.flatMap((node) => (node.type === 'element' ? [node, ...elements(node.children)] : []));
}

test('every sample file keeps its exact text, is coloured, and uses only classes the stylesheet defines', async () => {
  const css = await codeThemeCss();
  expect(css).toMatch(/@media \(prefers-color-scheme: light\)\{\.hl \.l0,\.hl \.c0\{color:#[0-9a-f]{6}\}/);
  expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{\.hl \.d0,\.hl \.c0\{color:#[0-9a-f]{6}\}/);
  expect(css).not.toContain('style=');
  for (const file of allSampleFiles) {
    const code = source(file);
    const pre = await highlightCode(code, codeLanguageOf(file));
    expect(pre.tagName).toBe('pre');
    expect(textOf(pre.children), file).toBe(code);
    const spans = elements(pre.children).filter((element) => element.tagName === 'span');
    if (codeLanguageOf(file) !== 'text') expect(spans.length, file).toBeGreaterThan(0);
    for (const span of spans) {
      expect(span.properties['style'], file).toBeUndefined();
      for (const name of (span.properties['className'] as string[] | undefined) ?? []) expect(css, `${file}: .${name}`).toMatch(new RegExp(`\\.hl \\.${name}[,{]`));
    }
  }
});

test('a keyword is coloured in both schemes, by one class where both themes put its colour in the same place', async () => {
  const html = await highlightedCodeHtml('import os', 'python');
  const name = /^<span class="(c\d+)">import<\/span>/.exec(html)?.[1] ?? '';
  expect(name).not.toBe('');
  const css = await codeThemeCss();
  const [light, dark] = ['light', 'dark'].map((scheme) => new RegExp(`${scheme}\\)\\{[^\\n]*\\.hl \\.${name}\\{color:(#[0-9a-f]+)`).exec(css)?.[1]);
  expect(light).toMatch(/^#/);
  expect(dark).toMatch(/^#/);
  expect(light).not.toBe(dark);
});

test('placeholders are marked for filling only where asked, each whole, and the App secret never', async () => {
  const env = source('examples/flask/.env.example');
  const filled = await highlightedCodeHtml(env, 'ini', { fill: true });
  expect(filled).toContain(`<span data-fill="endpoint">${placeholders.endpoint}</span>`);
  expect(filled).toContain(`<span data-fill="appId">${placeholders.appId}</span>`);
  expect(filled).not.toMatch(/data-fill="[^"]*"[^<]*your-app-secret/);
  expect(await highlightedCodeHtml(env, 'ini')).not.toContain('data-fill');
  // Every occurrence, in every language a sample is written in.
  for (const file of allSampleFiles) {
    const code = source(file);
    const html = await highlightedCodeHtml(code, codeLanguageOf(file), { fill: true });
    for (const name of ['endpoint', 'appId'] as const) {
      const occurrences = code.split(placeholders[name]).length - 1;
      expect(html.split(`<span data-fill="${name}">${placeholders[name]}</span>`).length - 1, `${file}: ${name}`).toBe(occurrences);
    }
  }
});

test('text is escaped', async () => {
  expect(await highlightedCodeHtml('<b>&"', 'text')).toBe('&lt;b&gt;&amp;&quot;');
  expect(await highlightedCodeHtml('const a = "<b>";', 'js')).toContain('&lt;b&gt;');
});
