/**
 * bench:page's pure parts: the sums behind its Starlight comparison (the ratio against its budget, the
 * paint medians, the side-by-side table) and the Starlight page made from a guide.md. Its timings are
 * printed, never asserted.
 */
import { expect, test } from '@playwright/test';
import { collect, totalOf, weightByKind, type Asset } from '../../scripts/bench-page/assets.ts';
import { comparisonTable, median, ratioVerdict, STARLIGHT_RATIO_BUDGET } from '../../scripts/bench-page/compare.ts';
import { guideLangOf } from '../../scripts/bench-page/options.ts';
import { starlightPage } from '../../scripts/bench-page/starlight-site.ts';
import { fontWarning } from '../../scripts/bench-page/font-check.ts';
import { gzipSync } from 'node:zlib';

const asset = (kind: Asset['kind'], text: string): Asset => ({ kind, label: kind, bytes: Buffer.from(text) });

test('the ratio is ours over Starlight’s, within the budget up to and including it', () => {
  expect(ratioVerdict(35, 100)).toEqual({ ratio: 0.35, budget: STARLIGHT_RATIO_BUDGET, within: true });
  expect(ratioVerdict(36, 100).within).toBe(false);
  expect(ratioVerdict(30, 60, 0.4)).toEqual({ ratio: 0.5, budget: 0.4, within: false });
  expect(() => ratioVerdict(10, 0)).toThrow('the Starlight page weighs nothing');
});

test('the median is the middle value, or the mean of the middle two', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([40, 10, 30, 20])).toBe(25);
  expect(median([])).toBeUndefined();
});

test('bytes by type sum each kind’s files, each gzipped on its own, and the total sums the kinds', () => {
  const html = 'a'.repeat(500);
  const js = ['console.log(1)', 'console.log(2)'];
  const weights = weightByKind([asset('HTML', html), ...js.map((text) => asset('JS', text))]);
  expect(weights.find((weight) => weight.kind === 'JS')).toEqual({
    kind: 'JS',
    files: 2,
    raw: js[0]!.length + js[1]!.length,
    gzip: gzipSync(js[0]!).length + gzipSync(js[1]!).length,
  });
  expect(weights.find((weight) => weight.kind === 'CSS')).toEqual({ kind: 'CSS', files: 0, raw: 0, gzip: 0 });
  expect(totalOf(weights).raw).toBe(500 + js[0]!.length + js[1]!.length);
});

test('a page’s inline scripts count as JS and its inline stylesheets as CSS, not as HTML; linked files are fetched', async () => {
  const style = '.a{color:red}';
  const script = 'console.log(1)';
  const page = `<!doctype html><html><head><style>${style}</style><link rel="stylesheet" href="/b.css"></head><body><script>${script}</script></body></html>`;
  const files: Record<string, { bytes: Buffer; contentType: string }> = {
    '/': { bytes: Buffer.from(page), contentType: 'text/html' },
    '/b.css': { bytes: Buffer.from('.b{color:blue}'), contentType: 'text/css' },
  };
  const assets = await collect(async (url) => files[url.pathname], new URL('http://site.test/'));
  const text = (kind: Asset['kind']) => assets.filter((each) => each.kind === kind).map((each) => each.bytes.toString('utf8'));
  expect(text('CSS')).toEqual([style, '.b{color:blue}']);
  expect(text('JS')).toEqual([script]);
  expect(text('HTML')).toHaveLength(1);
  expect(text('HTML')[0]).not.toContain(style);
  expect(text('HTML')[0]).not.toContain(script);
});

test('the table shows each kind side by side and the total’s gzip ratio', () => {
  const ours = weightByKind([asset('HTML', 'x'.repeat(2048))]);
  const theirs = weightByKind([asset('HTML', 'y'.repeat(4096)), asset('CSS', 'z'.repeat(1024))]);
  const lines = comparisonTable(ours, theirs);
  const total = lines.find((line) => line.trimStart().startsWith('total'));
  const ratio = (totalOf(ours).gzip / totalOf(theirs).gzip).toFixed(3);
  expect(total).toContain('2.00 KB');
  expect(total).toContain('5.00 KB');
  expect(total).toContain(`${ratio}×`);
  expect(lines.find((line) => line.trimStart().startsWith('CSS'))).toContain('0.000×');
});

test('a guide.md becomes a Starlight page: its first heading is the title, the rest the body', () => {
  const page = starlightPage('# Sign in with “Naver”\n\nIntro.\n\n## Step 1: Start\n');
  expect(page).toBe('---\ntitle: "Sign in with “Naver”"\n---\n\nIntro.\n\n## Step 1: Start\n');
});

test('--starlight takes a language’s guide page only', () => {
  expect(guideLangOf('/ko/')).toBe('ko');
  expect(guideLangOf('/ko/playground/')).toBeUndefined();
});

test('the paints come with a warning where the machine has no font for the page’s language', () => {
  expect(fontWarning('ja', '')).toContain('No ja font on this machine');
  expect(fontWarning('ko', '\n')).toContain('fonts-noto-cjk');
  expect(fontWarning('ja', undefined)).toContain('Could not ask fontconfig');
  expect(fontWarning('ja', 'Noto Sans CJK JP,Noto Sans CJK JP Regular\n')).toBeUndefined();
});
