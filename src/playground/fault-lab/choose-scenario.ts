/**
 * "Break it on purpose": the picker's post. Choosing a scenario is saving the settings a reader would type
 * for it (the built-in tenant, the scenario's App ID and secret, defaults otherwise), through the same
 * save as the settings form, so the same checks run and the same notice shows. The previous app's
 * sign-in, result and checks are forgotten even when the same scenario is chosen again: a fresh start.
 */
import { z } from 'zod';
import { faultScenarioApp, faultScenarioIds } from '../../lib/fault-lab.ts';
import type { Settings } from '../../tenant/settings.ts';
import type { ReaderContext } from '../flow/context.ts';
import { saveSettings } from '../flow/save-settings.ts';
import { UNKNOWN_SCENARIO } from './panel.ts';

export const scenarioFormSchema = z.object({ scenario: z.enum(faultScenarioIds) });

/** The settings form a reader would post for the scenario, on top of the built-in tenant's defaults. */
export function scenarioSettingsForm(localDefaults: Settings, appId: string, appSecret: string, managementApi = localDefaults.managementApi): FormData {
  const form = new FormData();
  form.set('endpoint', localDefaults.endpoint);
  form.set('appId', appId);
  form.set('appSecret', appSecret);
  form.set('directSignInTarget', localDefaults.directSignInTarget);
  form.set('interactionMode', localDefaults.interactionMode);
  for (const scope of localDefaults.scopes) form.append('scopes', scope);
  // The Management API credential stays as the reader left it on the built-in tenant (the demo one, or
  // none if they cleared it); coming from another tenant, the demo one, like the demo app.
  if (managementApi) {
    form.set('m2mAppId', managementApi.appId);
    form.set('m2mAppSecret', managementApi.appSecret);
  }
  return form;
}

/**
 * `localDefaults`: the sandbox's settings; undefined on a site without a sandbox, which offers no fault
 * lab: a post anyway (a crafted one, a page from before) is refused like an unknown scenario.
 */
export async function chooseScenario(ctx: ReaderContext, posted: FormData | undefined, localDefaults: Settings | undefined): Promise<void> {
  const parsed = scenarioFormSchema.safeParse({ scenario: posted?.get('scenario') });
  if (!parsed.success || !localDefaults) {
    await ctx.state.saveFlash({ settingsErrors: { scenario: UNKNOWN_SCENARIO } });
    return;
  }
  const { appId, appSecret } = faultScenarioApp(parsed.data.scenario);
  ctx.state.forgetApp();
  const onLocalTenant = ctx.settings?.endpoint === localDefaults.endpoint;
  await saveSettings(ctx, scenarioSettingsForm(localDefaults, appId, appSecret, onLocalTenant ? ctx.settings?.managementApi : localDefaults.managementApi));
}
