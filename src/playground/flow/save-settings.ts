/**
 * The settings form: parse, and on success learn the direct sign-in target's connector id from the
 * tenant's public sign-in experience (for the guide's Naver Callback URL). A change of tenant or app
 * drops the old sign-in, its result and its proved steps: they were about another app.
 */
import { parseSettingsForm } from '../../tenant/settings.ts';
import { CookieTooLargeError } from '../state/sealed-cookie.ts';
import { tracing, urisOf, type ReaderContext } from './context.ts';
import { precheckSettings } from './prechecks.ts';

export async function saveSettings(ctx: ReaderContext, form: FormData): Promise<void> {
  const { state } = ctx;
  const parsed = parseSettingsForm(form, ctx.settings, { sandboxEndpoint: ctx.sandboxEndpoint });
  if (!parsed.ok) {
    // Typed values that don't fit the cookie aren't echoed back; the messages always are.
    await state
      .saveFlash({ settingsErrors: parsed.errors, values: parsed.values })
      .catch((error: unknown) => {
        if (!(error instanceof CookieTooLargeError)) throw error;
        return state.saveFlash({ settingsErrors: parsed.errors });
      });
    return;
  }
  const next = parsed.settings;
  // Not offered, so not taken: a credential posted anyway is dropped.
  if (!ctx.auditLogDiagnosis) delete next.managementApi;
  const traced = tracing({ ...ctx, settings: next });
  const checked = await precheckSettings({ settings: next, ...urisOf(ctx) }, traced.probeFetch);
  if (checked.connectorId) next.connectorId = checked.connectorId;

  const sameApp = next.endpoint === ctx.settings?.endpoint && next.appId === ctx.settings.appId;
  if (!sameApp) state.forgetApp();
  await state.saveSettings(next);
  const { endpointGivenAs } = parsed;
  await state.saveFlash({ notice: 'settingsSaved', diagnoses: checked.problems, ...(endpointGivenAs ? { endpointGivenAs } : {}) });
}
