import { expect, test } from '@playwright/test';
import { guideEntryId, guideEntryPath } from '../../src/guide/entry-path.ts';
import { orderGuideEntries } from '../../src/guide/step-order.ts';
import { stepIds, type StepId } from '../../src/guide/steps.ts';

const idOf = (lang: string, step: StepId) => `${lang}/${String(stepIds.indexOf(step) + 1).padStart(2, '0')}-${step}`;
const complete = (lang = 'en') => stepIds.map((step) => ({ id: idOf(lang, step) }));

test('orders a complete guide by the shared step list, reading each step and its number from the path', () => {
  const shuffled = [...complete('ja'), ...complete()].reverse();
  const ordered = orderGuideEntries(shuffled, 'en');
  expect(ordered.map((e) => e.step)).toEqual([...stepIds]);
  expect(ordered.map((e) => e.order)).toEqual(stepIds.map((_, index) => index + 1));
  expect(new Set(ordered.map((e) => e.lang))).toEqual(new Set(['en']));
  expect(ordered[0]?.entry.id).toBe('en/01-prerequisites');
});

test('refuses a missing step or a duplicate', () => {
  expect(() => orderGuideEntries(complete().slice(1), 'en')).toThrow(/"prerequisites" has no guide entry in en/);
  expect(() => orderGuideEntries([...complete(), { id: 'en/03-integrate-sdk' }], 'en')).toThrow(/appears twice/);
  expect(() => orderGuideEntries(complete('ko'), 'en')).toThrow(/has no guide entry in en/);
});

test('the path says the language, the step and its number; the number must be the step list’s', () => {
  expect(guideEntryPath('ko/05-register-naver-app.mdx')).toEqual({ lang: 'ko', step: 'register-naver-app', order: 5 });
  expect(guideEntryPath('ja/01-prerequisites')).toEqual({ lang: 'ja', step: 'prerequisites', order: 1 });
  expect(guideEntryId('en/09-going-further.mdx')).toBe('en/09-going-further');
  expect(() => guideEntryPath('en/02-prerequisites.mdx')).toThrow(/"prerequisites" is step 1, so its file is 01-prerequisites\.mdx/);
  expect(() => guideEntryPath('en/01-preface.mdx')).toThrow(/"preface" is not a step of src\/guide\/steps\.ts/);
  expect(() => guideEntryPath('fr/01-prerequisites.mdx')).toThrow(/"fr" is not one of the guide's languages/);
  expect(() => guideEntryPath('en/prerequisites.mdx')).toThrow(/content\/guide\/<lang>\/NN-<step-id>\.mdx/);
  expect(() => guideEntryId('01-prerequisites.mdx')).toThrow(/content\/guide\/<lang>\/NN-<step-id>\.mdx/);
});
