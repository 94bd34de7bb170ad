import { expect, test } from '@playwright/test';
import { orderGuideEntries } from '../../src/guide/step-order.ts';
import { stepIds, type StepId } from '../../src/guide/steps.ts';

const entry = (step: StepId, order: number) => ({ id: `en/${order}-${step}`, data: { step, order } });
const complete = () => stepIds.map((step, index) => entry(step, index + 1));

test('orders a complete guide by the shared step list', () => {
  const shuffled = complete().reverse();
  expect(orderGuideEntries(shuffled).map((e) => e.data.step)).toEqual([...stepIds]);
});

test('refuses a missing step, a duplicate, or an order that disagrees with the step list', () => {
  expect(() => orderGuideEntries(complete().slice(1))).toThrow(/"prerequisites" has no guide entry/);
  expect(() => orderGuideEntries([...complete(), entry('integrate-sdk', 3)])).toThrow(/appears twice/);
  const swapped = complete();
  swapped[0] = entry('prerequisites', 2);
  expect(() => orderGuideEntries(swapped)).toThrow(/order 2, but "prerequisites" is step 1/);
});
