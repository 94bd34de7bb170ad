import { expect, test } from '@playwright/test';
import { languages } from '../../src/i18n/languages.ts';
import { buildPanelModel } from '../../src/playground/panel-model.ts';
import {
  maxPartQueryLength,
  panelParts,
  partElementId,
  partFragmentHref,
  partShownHref,
  readPartRequest,
  shownParts,
} from '../../src/playground/parts/panel-parts.ts';
import { panelHomes, panelReturnTo } from '../../src/playground/return-to.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { defaultSettings } from '../../src/tenant/settings-defaults.ts';

const site = 'http://localhost:4321';

test('the fragment href of each part, in each language, is read back as that part', () => {
  for (const lang of languages) {
    for (const part of panelParts) {
      const url = new URL(partFragmentHref(part, lang), site);
      expect(url.pathname).toBe(`/${lang}/playground/part`);
      expect(readPartRequest(url)).toEqual({ ok: true, part, home: 'page' });
    }
  }
});

test('the settings part says which panel it is opened in, so its posts come back there; the parts without forms never do', () => {
  for (const home of panelHomes) {
    expect(readPartRequest(new URL(partFragmentHref('settings', 'ja', home), site))).toEqual({ ok: true, part: 'settings', home });
    expect(partFragmentHref('trace', 'ja', home)).toBe('/ja/playground/part?part=trace');
  }
  expect(panelReturnTo('guide', 'ko')).toBe('/ko/#live-playground');
  expect(panelReturnTo('page', 'ko')).toBe('/ko/playground/');
  // A home the panel never sends is refused like an unknown part, not taken as a return path.
  expect(readPartRequest(new URL(`${site}/en/playground/part?part=settings&home=%2F%2Fevil.example`))).toEqual({ ok: false, message: 'partUnknown' });
});

test('a fragment request naming no part, an unknown one, or a query past the limit is refused with a message key that has words', () => {
  const refusals = [
    [`${site}/en/playground/part`, 'partUnknown'],
    [`${site}/en/playground/part?part=secrets`, 'partUnknown'],
    [`${site}/en/playground/part?part=Trace`, 'partUnknown'],
    [`${site}/en/playground/part?part=trace&x=${'a'.repeat(maxPartQueryLength)}`, 'partQueryTooLong'],
    [`${site}/en/playground/part?part=${'b'.repeat(10_000)}`, 'partQueryTooLong'],
  ] as const;
  for (const [url, message] of refusals) {
    const read = readPartRequest(new URL(url));
    expect(read, url.slice(0, 80)).toEqual({ ok: false, message });
    for (const lang of languages) expect(playgroundStrings[lang][message].length).toBeGreaterThan(10);
  }
  // The longest query the panel sends fits.
  const longest = Math.max(...panelParts.flatMap((part) => panelHomes.map((home) => new URL(partFragmentHref(part, 'en', home), site).search.length)));
  expect(longest).toBeLessThanOrEqual(maxPartQueryLength);
});

test('?show= names the parts rendered in place; anything else is ignored; the no-JS link asks for its own part and lands on it', () => {
  expect(shownParts(new URL(`${site}/en/playground/?show=bundle&show=trace&show=nope`))).toEqual(['trace', 'bundle']);
  expect(shownParts(new URL(`${site}/en/playground/`))).toEqual([]);
  for (const part of panelParts) {
    const url = new URL(partShownHref(part, 'ko'), site);
    expect(url.pathname).toBe('/ko/playground/');
    expect(shownParts(url)).toEqual([part]);
    expect(url.hash).toBe(`#${partElementId(part)}`);
  }
});

test.describe('the panel model renders in place only what is asked for, and the trace of a failed attempt', () => {
  const runtime = { mode: 'LOCAL', versions: { site: '0', logtoNode: '0', node: 'v22' } };
  const base = { lang: 'en' as const, settings: defaultSettings('http://localhost:3001'), siteOrigin: site, now: 100_000, runtime, sandboxEndpoint: 'http://localhost:3001' };
  const attempt = (status: 'succeeded' | 'failed') => ({
    kind: 'sign-in' as const,
    status,
    startedAt: 40_000,
    lang: 'en' as const,
    returnTo: '/en/',
    hops: [{ kind: 'discovery' as const, at: 40_100, ms: 12, outcome: 'info' as const, details: {} }],
    diagnoses: [],
    verifiedSteps: [],
  });

  test('nothing asked: no part in place and no support bundle built', () => {
    const model = buildPanelModel({ ...base, attempt: attempt('succeeded') });
    expect(model.inlineParts).toEqual([]);
    expect(model.supportBundle).toBeUndefined();
  });

  test('the bundle asked for: built, redacted as ever (no secret in it)', () => {
    const model = buildPanelModel({ ...base, attempt: attempt('succeeded'), shown: ['bundle'] });
    expect(model.inlineParts).toEqual(['bundle']);
    expect(model.supportBundle).toContain(base.settings.appId);
    expect(model.supportBundle).not.toContain(base.settings.appSecret);
  });

  test('a refused save: the settings form in place, with what was asked; a save that went through leaves it to be opened', () => {
    const refused = { settingsErrors: { endpoint: 'endpointInvalid' } };
    expect(buildPanelModel({ ...base, flash: refused }).inlineParts).toEqual(['settings']);
    expect(buildPanelModel({ ...base, flash: refused, shown: ['bundle'] }).inlineParts).toEqual(['bundle', 'settings']);
    expect(buildPanelModel({ ...base, settingsSaved: true, flash: { notice: 'settingsSaved' } }).inlineParts).toEqual([]);
  });

  test('a failed attempt: its trace in place, once, with what was asked', () => {
    expect(buildPanelModel({ ...base, attempt: attempt('failed') }).inlineParts).toEqual(['trace']);
    expect(buildPanelModel({ ...base, attempt: attempt('failed'), shown: ['claims', 'trace'] }).inlineParts).toEqual(['trace', 'claims']);
  });
});
