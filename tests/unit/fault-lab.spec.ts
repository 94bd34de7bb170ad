import { expect, test } from '@playwright/test';
import { diagnosisSteps, stepOf } from '../../src/diagnosis/codes.ts';
import { isStepId, stepIds } from '../../src/guide/steps.ts';
import { languages } from '../../src/i18n/languages.ts';
import { faultLabStrings, scenarioText } from '../../src/playground/fault-lab/strings.ts';
import { sightsNaming } from '../../src/diagnosis/observations.ts';
import { faultScenarioApp, faultScenarioIds } from '../../src/lib/fault-lab.ts';
import { scenarioFromQuery, scenarioHref } from '../../src/playground/fault-lab/scenario-param.ts';
import { scenarioSettingsForm } from '../../src/playground/fault-lab/choose-scenario.ts';
import { UNKNOWN_SCENARIO, withoutScenarioError } from '../../src/playground/fault-lab/panel.ts';
import {
  failingScenarioIds,
  scenarioMeanings,
  naverActions,
  neverComesBack,
  neverComesBackScenarioIds,
  scenarioStep,
  scenariosOfStep,
} from '../../src/playground/fault-lab/scenarios.ts';
import { parseSettingsForm } from '../../src/tenant/settings.ts';
import { defaultSettings } from '../../src/tenant/settings-defaults.ts';

test('every catalogue scenario ends in a diagnosis the site knows, except the one that must sign in', () => {
  expect(Object.keys(scenarioMeanings).sort()).toEqual([...faultScenarioIds].sort());
  for (const id of faultScenarioIds) {
    const { diagnosis, naverAction } = scenarioMeanings[id];
    expect(naverActions).toContain(naverAction);
    if (id === 'jwks-rotated') {
      expect(diagnosis).toBeNull();
      expect(scenarioStep(id)).toBeUndefined();
      continue;
    }
    expect(diagnosis && Object.hasOwn(diagnosisSteps, diagnosis), id).toBe(true);
    // Never the catch-alls: each scenario names its own cause.
    expect(['unexpected', 'sign_in_not_completed', 'authorization_error']).not.toContain(diagnosis);
    expect(scenarioStep(id)).toBe(stepOf(diagnosis!));
  }
  expect(failingScenarioIds()).toHaveLength(faultScenarioIds.length - 1);
});

test('the guide lists each failing scenario under exactly one step: its diagnosis’s step', () => {
  const listed = stepIds.flatMap((step) => scenariosOfStep(step).map((id) => ({ id, step })));
  expect(listed.map(({ id }) => id).sort()).toEqual(failingScenarioIds().sort());
  for (const { id, step } of listed) {
    expect(isStepId(step)).toBe(true);
    expect(stepOf(scenarioMeanings[id].diagnosis!)).toBe(step);
  }
});

test('the never-come-back scenarios are the ones that fail on Logto’s or Naver’s pages, each diagnosable by what the reader saw', () => {
  for (const id of neverComesBackScenarioIds) {
    expect(neverComesBack(id)).toBe(true);
    // The app hears nothing back, so none of them can be an ID token or app fault found by the site.
    expect(scenarioMeanings[id].diagnosis).not.toMatch(/^(id_token_|app_)/);
    // The only way the site learns their cause: a sight of the picker names it.
    expect(sightsNaming(scenarioMeanings[id].diagnosis).length, id).toBeGreaterThan(0);
  }
  expect(neverComesBack('id-token-expired')).toBe(false);
  expect(neverComesBack('jwks-rotated')).toBe(false);
  expect(neverComesBack('naver-email-declined')).toBe(false);
});

test('each scenario has a distinct name and a sentence in every language', () => {
  for (const lang of languages) {
    const names = faultScenarioIds.map((id) => scenarioText(lang, id).name);
    expect(new Set(names).size).toBe(names.length);
    for (const id of faultScenarioIds) expect(scenarioText(lang, id).broken.length).toBeGreaterThan(20);
  }
  for (const id of faultScenarioIds) {
    expect(scenarioText('ja', id).name).not.toBe(scenarioText('en', id).name);
    expect(scenarioText('ko', id).name).not.toBe(scenarioText('en', id).name);
  }
  expect(Object.keys(faultLabStrings.ja).sort()).toEqual(Object.keys(faultLabStrings.en).sort());
});

test('?scenario= preselects a catalogue scenario only; anything else is ignored', () => {
  const url = (query: string) => new URL(`http://site.test/en/playground/${query}`);
  expect(scenarioFromQuery(url('?scenario=cancel-at-naver'))).toBe('cancel-at-naver');
  expect(scenarioFromQuery(url('?scenario=CANCEL-AT-NAVER'))).toBeUndefined();
  expect(scenarioFromQuery(url('?scenario=%3Cscript%3E'))).toBeUndefined();
  expect(scenarioFromQuery(url('?scenario='))).toBeUndefined();
  expect(scenarioFromQuery(url(''))).toBeUndefined();
  expect(scenarioHref('ko', 'spa-app')).toBe('/ko/playground/?scenario=spa-app#playground');
});

test('choosing a scenario posts the settings a reader would type: the built-in tenant with its App ID and secret', () => {
  const local = defaultSettings('http://localhost:3001');
  // The reader was on another tenant with another app: the scenario's secret must be taken, not kept.
  const current = { ...local, endpoint: 'https://abc123.logto.app', appId: 'someotherappid0000000', appSecret: 'x'.repeat(32) };
  for (const id of ['wrong-app-secret', 'cancel-at-naver'] as const) {
    const { appId, appSecret } = faultScenarioApp(id);
    const parsed = parseSettingsForm(scenarioSettingsForm(local, appId, appSecret), current);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) continue;
    expect(parsed.settings).toMatchObject({ endpoint: 'http://localhost:3001', appId, appSecret, directSignInTarget: 'naver' });
    expect(parsed.settings.scopes).toEqual(local.scopes);
  }
});

test('a refused pick is the picker’s to show, not the settings form’s', () => {
  expect(withoutScenarioError({ scenario: UNKNOWN_SCENARIO, appId: 'appIdInvalid' })).toEqual({ appId: 'appIdInvalid' });
  expect(withoutScenarioError({})).toEqual({});
});
