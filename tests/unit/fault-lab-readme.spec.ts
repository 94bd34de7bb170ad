import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { faultScenarioApp } from '../../src/lib/fault-lab.ts';
import { stepIds } from '../../src/guide/steps.ts';
import { faultLabTable, howThePlaygroundKnows, tableInReadme } from '../../src/playground/fault-lab/readme-table.ts';
import { failingScenarioIds, neverComesBack, scenarioMeanings, scenarioStep } from '../../src/playground/fault-lab/scenarios.ts';

const readme = () => readFile(new URL('../../README.md', import.meta.url), 'utf8');

test('the README’s Fault lab table is the one generated from the sources (npm run fault-lab:table)', async () => {
  const inReadme = tableInReadme(await readme());
  expect(inReadme, 'README.md lacks the fault-lab-table markers').toBeDefined();
  expect(inReadme).toBe(faultLabTable());
});

test('the table has one row per failing scenario, with its App ID, secret and step in backticks', () => {
  const rows = faultLabTable().split('\n').slice(2);
  expect(rows).toHaveLength(failingScenarioIds().length);
  for (const [index, id] of failingScenarioIds().entries()) {
    const cells = rows[index]!.split(' | ');
    const { appId, appSecret } = faultScenarioApp(id);
    expect(cells[1]).toBe(`\`${appId}\``);
    expect(cells[2]).toBe(`\`${appSecret}\``);
    expect(cells[3]).toBe(`\`${scenarioStep(id)}\``);
    expect(stepIds).toContain(scenarioStep(id));
    // The last column says so whenever the reader does something other than agree at Naver.
    const action = cells[4]!;
    if (scenarioMeanings[id].naverAction === 'cancel') expect(action).toContain('취소');
    if (scenarioMeanings[id].naverAction === 'untick-email') expect(action).toContain('이메일 주소');
    if (scenarioMeanings[id].naverAction === 'pick-non-member') expect(action).toContain('멤버 아님');
    // How the playground knows: every scenario has a way, and one that never comes back only what the reader saw.
    const knows = cells[5]!.replace(/ \|$/, '');
    expect(knows).toBe(howThePlaygroundKnows(id).join(', '));
    expect(howThePlaygroundKnows(id).length, id).toBeGreaterThan(0);
    if (neverComesBack(id)) expect(howThePlaygroundKnows(id)).toContain('what you saw');
    else expect(howThePlaygroundKnows(id)).toContain(scenarioMeanings[id].naverAction === 'none' ? 'preflight' : 'callback');
    if (scenarioMeanings[id].preflight) expect(howThePlaygroundKnows(id)[0]).toBe('preflight');
  }
  expect(faultLabTable()).not.toContain(faultScenarioApp('jwks-rotated').appId);
});
