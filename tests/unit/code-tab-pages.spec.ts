import { expect, test } from '@playwright/test';
import { codeTabContent, codeTabFragmentHref, codeTabPageHref, isOnDemandTabId } from '../../src/guide/code-tab-pages.ts';

// A rendered step as CodeTab renders it: two tabs, one with a sub-heading, a link to another step.
const step = [
  '<p>Intro <a href="#step-prerequisites">step 1</a></p>',
  '<div class="code-tabs" data-code-tabs="sdk">',
  '<section class="code-tab" id="code-flask"><h3 class="code-tab-title" id="code-flask-title">Flask</h3><p>flask body</p></section>',
  '<section class="code-tab" id="code-express"><h3 class="code-tab-title" id="code-express-title">Express</h3>',
  '<p>See <a href="#step-create-logto-app">step 2</a> and <a href="https://expressjs.com/">Express</a>.</p>',
  '<h4 id="run-it">Run it</h4><pre><code>npm start</code></pre></section>',
  '</div>',
].join('');

test('a tab’s content is cut out without its title, the rest of the step left behind', () => {
  const content = codeTabContent(step, 'express') ?? '';
  expect(content).toContain('<h4 id="run-it">Run it</h4>');
  expect(content).toContain('<a href="#step-create-logto-app">step 2</a>');
  expect(content).toContain('<pre><code>npm start</code></pre>');
  expect(content).not.toContain('code-tab-title');
  expect(content).not.toContain('flask body');
  expect(content).not.toContain('Intro');
  expect(codeTabContent(step, 'flask')).toBe('<p>flask body</p>');
});

test('a step without the tab has no content for it', () => {
  expect(codeTabContent(step, 'next')).toBeUndefined();
  expect(codeTabContent('<p>no tabs</p>', 'express')).toBeUndefined();
});

test('for a page of its own, headings move up under its h1 and the guide’s anchors point at the guide', () => {
  const content = codeTabContent(step, 'express', { standalone: { guideHref: '/ko/', topHeading: 2 } }) ?? '';
  expect(content).toContain('<h2 id="run-it">Run it</h2>');
  expect(content).not.toContain('<h4');
  expect(content).toContain('<a href="/ko/#step-create-logto-app">step 2</a>');
  expect(content).toContain('<a href="https://expressjs.com/">Express</a>');
});

test('an h4 tab’s content moves up by its own level', () => {
  const deeper = step.replaceAll('<h3 class="code-tab-title"', '<h4 class="code-tab-title"').replace('<h4 id="run-it">Run it</h4>', '<h5 id="run-it">Run it</h5>');
  expect(codeTabContent(deeper, 'express', { standalone: { guideHref: '/en/', topHeading: 2 } })).toContain('<h2 id="run-it">Run it</h2>');
});

test('only the sample apps have pages; each page has its fragment beside it', () => {
  expect(['flask', 'express', 'next'].every(isOnDemandTabId)).toBe(true);
  expect(isOnDemandTabId('uris-express')).toBe(false);
  expect(codeTabPageHref('ja', 'next')).toBe('/ja/sdk/next/');
  expect(codeTabFragmentHref('ja', 'next')).toBe(`${codeTabPageHref('ja', 'next')}tab.html`);
});
