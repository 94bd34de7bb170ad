/**
 * Driving the playground widget in Chromium like a reader: fill the settings, press "Sign in with
 * Naver", choose a test user (or cancel) on the Naver mock, come back.
 */
import { partElementId, type PanelPart } from '../../src/playground/parts/panel-parts.ts';
import { expect, type Page } from '@playwright/test';
import type { SightId } from '../../src/diagnosis/observations.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { revealSettingsForm } from './playground-form.ts';

export interface SettingsInput {
  endpoint?: string;
  appId?: string;
  appSecret?: string;
  target?: string;
  mode?: 'signIn' | 'signUp';
}

/** The panel on the standalone page. */
export function panel(page: Page) {
  return page.locator('[data-playground-panel]');
}

export async function openPlayground(page: Page, lang: Lang = 'en') {
  await page.goto(`/${lang}/playground/`);
  await expect(panel(page)).toBeVisible();
}

/** Fills the settings form (only the given fields) and saves it. */
export async function saveSettings(page: Page, input: SettingsInput) {
  const form = await revealSettingsForm(page);
  if (input.endpoint !== undefined) await form.locator('input[name="endpoint"]').fill(input.endpoint);
  if (input.appId !== undefined) await form.locator('input[name="appId"]').fill(input.appId);
  // A reader types the secret again whenever the endpoint or App ID changes (the saved one is only
  // sent to the tenant it was typed for); the tests' apps all use the demo app's secret unless told.
  const secret = input.appSecret ?? (input.endpoint !== undefined || input.appId !== undefined ? LOCAL_DEMO_APP.secret : undefined);
  if (secret !== undefined) await form.locator('input[name="appSecret"]').fill(secret);
  if (input.target !== undefined) await form.locator('input[name="directSignInTarget"]').fill(input.target);
  if (input.mode !== undefined) await form.locator(`input[name="interactionMode"][value="${input.mode}"]`).check();
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('load');
}

/** Presses "Sign in with Naver" and waits for the Naver mock's consent page. */
export async function startSignIn(page: Page, naverMockOrigin: string) {
  await panel(page).locator('[data-sign-in]').click();
  await page.waitForURL((url) => url.origin === naverMockOrigin);
}

/** On the Naver mock: choose the user by nickname and agree (or cancel). */
export async function answerAtNaver(page: Page, choice: { nickname: string } | 'cancel') {
  if (choice === 'cancel') {
    await page.getByRole('button', { name: '취소' }).click();
    return;
  }
  await page.getByLabel(choice.nickname).check();
  await page.getByRole('button', { name: '동의하기' }).click();
}

/** The diagnosis articles shown, by code. */
export async function diagnosisCodes(page: Page): Promise<string[]> {
  return panel(page).locator('[data-diagnosis]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-diagnosis') ?? ''));
}

/**
 * "What did you see?": picks a sight in the panel's picker by its label (what the page showed, in the
 * reader's language) and posts it, as a reader does after a sign-in that never came back.
 */
export async function pickWhatYouSaw(page: Page, sight: SightId) {
  const picker = panel(page).locator('[data-saw-picker]');
  await expect(picker).toBeVisible();
  const label = picker.locator(`label[data-sight="${sight}"]`);
  await picker.getByRole('radio', { name: (await label.innerText()).trim(), exact: true }).check();
  await picker.locator('[data-saw-submit]').click();
  await page.waitForLoadState('load');
  await expect(picker.locator(`input[value="${sight}"]`)).toBeChecked();
}

/**
 * Opens a part of the panel the way a keyboard reader does (focus its summary, Enter) and waits until its
 * body is in: fetched by the panel's script (or rendered in place already).
 */
export async function openPart(page: Page, part: PanelPart) {
  const details = panel(page).locator(`#${partElementId(part)}`);
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
  }
  await expect(details).toHaveAttribute('open', '');
  await expect(details).not.toHaveAttribute('data-part-src');
  await expect(details.locator('[data-part-body]')).not.toHaveAttribute('aria-busy');
  return details;
}
