/**
 * Everything the panel shows, computed from the reader's cookies in one place so the component only
 * renders. Never includes the app secret (only its masked form) or a token value.
 */
import { stepHref, stepIds, stepNumber, type StepId } from '../guide/steps.ts';
import type { Lang } from '../i18n/languages.ts';
import { maskSecret } from '../lib/redact.ts';
import { diagnosis, stepOf, type Diagnosis, type DiagnosisCode } from '../diagnosis/codes.ts';
import type { PlaygroundResult } from './result/result.ts';
import { formValuesOf, settingsWarnings, type Settings, type SettingsFormValues, type SettingsWarningKey } from '../tenant/settings.ts';
import { faultScenarioOfApp, type FaultScenarioId } from '../lib/fault-lab.ts';
import { verifiedStepsFromChecks } from '../preflight/verified-steps.ts';
import { didNotComeBack, type DidNotComeBack } from './diagnosis/did-not-come-back.ts';
import type { Attempt, Flash, PreflightRun } from './state/reader-state.ts';
import { buildSupportBundle, type SupportBundleInput } from './support/support-bundle.ts';
import type { Hop } from './trace/trace.ts';
import { tenantSummary, type TenantSummary } from './tenant-summary.ts';
import { playgroundUris } from '../tenant/redirect-uris.ts';
import { blankSettingsForm } from '../tenant/settings-defaults.ts';
import { naverAccountCallbackUrl, naverCallbackUrl } from '../tenant/naver-urls.ts';
import type { VersionVerdict } from '../tenant/version-family.ts';
import { tenantVersionOf } from './tenant-version.ts';
import { UNKNOWN_SCENARIO, withoutScenarioError } from './fault-lab/panel.ts';
import type { AuditLogFinding } from '../preflight/audit-log/finding.ts';
import { panelParts, type PanelPart } from './parts/panel-parts.ts';

export interface ShownDiagnosis {
  code: DiagnosisCode;
  params: Record<string, string>;
  /** The step that fixes it, with its number and link; none for a cause no single step fixes. */
  step?: { id: StepId; number: number; href: string } | undefined;
}

export interface PanelModel {
  /**
   * The settings in one line (./tenant-summary.ts), shown in place of the form; none until the reader
   * saved settings or signed in with them.
   */
  tenantSummary?: TenantSummary | undefined;
  form: SettingsFormValues;
  maskedSecret: string;
  errors: Record<string, string>;
  warnings: SettingsWarningKey[];
  notice?: 'settingsSaved' | 'settingsReset' | undefined;
  /** The endpoint was typed as the issuer or discovery URL; `endpoint` is the origin used. */
  endpointGivenAs?: 'issuer' | 'discovery' | undefined;
  endpoint: string;
  appId: string;
  connectorId?: string | undefined;
  siteOrigin: string;
  uris: { redirectUri: string; postSignOutRedirectUri: string };
  /** The tenant's Logto version family, from the last checks and the last ID token (./tenant-version.ts). */
  tenantVersion: VersionVerdict;
  /**
   * The Callback URLs to register at Naver, once the connector's id is known: sign-in always; the Account
   * Center's unless the tenant is known to be 1.41 or earlier, whose Console does not list it.
   */
  naverUris?: { callbackUrl: string; accountCallbackUrl?: string | undefined } | undefined;
  result?: PlaygroundResult | undefined;
  attempt?: { kind: Attempt['kind']; status: Attempt['status'] } | undefined;
  /** Failures of the last attempt (or the last form post), each with the step that fixes it. */
  problems: ShownDiagnosis[];
  hops: Hop[];
  verifiedSteps: StepId[];
  /** The last "Run checks", and the steps it verified (also in `verifiedSteps`). */
  preflight: { run?: PreflightRun | undefined; verifiedSteps: StepId[] };
  /**
   * The parts rendered in place (src/playground/parts/panel-parts.ts): those the request asked for
   * (`?show=`, or the fragment page's one part), the trace of an attempt that failed, which the reader
   * reads next, and the settings form after a refused save, its fields saying why. The others are
   * closed, their bodies fetched when opened.
   */
  inlineParts: PanelPart[];
  /** The redacted support bundle text (settings without the secret, check results, last trace), built
   * only when the bundle is rendered in place and the reader has settings. */
  supportBundle?: string | undefined;
  /**
   * The reader has a tenant to talk to: settings saved, or the site's sandbox. False only on a site
   * without a sandbox before the reader saves theirs: the panel then offers the settings form alone.
   */
  hasTenant: boolean;
  /** The site has a sandbox (SANDBOX_ENDPOINT): its built-in tenant and the fault lab. */
  hasSandbox: boolean;
  /** The settings point at the sandbox, so the fault lab's scenarios can be offered. */
  offersScenarios: boolean;
  /** The fault-lab scenario whose App ID the settings hold, on the built-in tenant. */
  scenario?: FaultScenarioId | undefined;
  /**
   * The last sign-in never came back (it ended on Logto's, Naver's or the browser's page): when it
   * started, and what the reader said they saw there (src/playground/components/SawPicker.astro asks).
   */
  didNotComeBack?: DidNotComeBack | undefined;
  /** The last "what did you see" post named nothing of the list. */
  sawUnknown: boolean;
  /** The last "Break it on purpose" pick named no scenario of the catalogue (src/playground/fault-lab/panel.ts). */
  unknownScenario: boolean;
  /** The site offers the Management API credential (AUDIT_LOG_DIAGNOSIS); its secret only ever masked. */
  managementApi: { offered: boolean; maskedSecret?: string | undefined };
  /**
   * A sign-in that did not come back, with a credential to ask the tenant's audit log: what it said once
   * asked (`finding`, and the diagnosis when it names a cause). Apart from `problems`, so the panel can
   * show it first and the "what did you see" questions otherwise.
   */
  auditLogFinding?: { finding?: AuditLogFinding | undefined; diagnosis?: ShownDiagnosis | undefined } | undefined;
}

export function showDiagnosis(found: Diagnosis, lang: Lang): ShownDiagnosis {
  // The cause's step, read from the one table of causes (src/diagnosis/codes.ts).
  const stepId = stepOf(found.code);
  return { ...found, step: stepId === null ? undefined : { id: stepId, number: stepNumber(stepId), href: stepHref(lang, stepId) } };
}

export function buildPanelModel(input: {
  lang: Lang;
  /** The reader's settings, or the sandbox's; undefined on a site without a sandbox before any are saved. */
  settings: Settings | undefined;
  /** The reader has saved settings (else `settings` are the sandbox's defaults); false unless given. */
  settingsSaved?: boolean;
  siteOrigin: string;
  attempt?: Attempt | undefined;
  result?: PlaygroundResult | undefined;
  flash?: Flash | undefined;
  /** The last preflight run: its verified steps are merged with the flow's own, in guide order. */
  preflightRun?: PreflightRun | undefined;
  /** What the support bundle says about the server itself. */
  runtime: Pick<SupportBundleInput, 'mode' | 'versions'>;
  /** The site's sandbox (SANDBOX_ENDPOINT), the built-in tenant and the fault lab's; undefined: none. */
  sandboxEndpoint: string | undefined;
  now: number;
  /** AUDIT_LOG_DIAGNOSIS (src/playground/config.ts); off unless given. */
  auditLogDiagnosis?: boolean;
  /** The parts the request asks to render in place. */
  shown?: readonly PanelPart[] | undefined;
}): PanelModel {
  const { settings, attempt, flash, lang } = input;
  const preflightVerified = verifiedStepsFromChecks(input.preflightRun?.results ?? []);
  const offersScenarios = input.sandboxEndpoint !== undefined && settings?.endpoint === input.sandboxEndpoint;
  const scenario = offersScenarios && settings ? faultScenarioOfApp(settings.appId) : undefined;
  const errors = withoutScenarioError(flash?.settingsErrors ?? {});
  const form: SettingsFormValues = flash?.values ?? (settings ? formValuesOf(settings) : blankSettingsForm());
  // A sign-in that never came back: only what the reader saw names its cause (never the App ID).
  const notBack = didNotComeBack(attempt, input.now, lang);
  // The settings check, the sign-in and the return can find the same cause: name it once.
  const found: Diagnosis[] = [...(flash?.diagnoses ?? []), ...(attempt?.diagnoses ?? []), ...(notBack?.diagnoses ?? [])];
  const problems = found.filter((item, index, all) => all.findIndex((other) => other.code === item.code) === index);
  const tenantVersion = tenantVersionOf({ preflight: input.preflightRun?.results, result: input.result });
  const connectorId = settings?.connectorId;
  const callbackUrl = settings && connectorId ? naverCallbackUrl(settings.endpoint, connectorId) : undefined;
  const accountCallbackUrl =
    settings && connectorId && tenantVersion.family !== '1.41-or-earlier' ? naverAccountCallbackUrl(settings.endpoint, connectorId) : undefined;
  const shown = input.shown ?? [];
  const inlineParts = panelPartsInline(shown, { attemptFailed: attempt?.status === 'failed', saveRefused: Object.keys(errors).length > 0 });
  return {
    tenantSummary: settings && tenantSummary({
      // A sign-in that came back used these settings, the built-in defaults included.
      inUse: input.settingsSaved === true || input.result !== undefined,
      endpoint: settings.endpoint,
      appId: settings.appId,
      onLocalTenant: offersScenarios,
      scenario,
      tenantVersion,
    }),
    form,
    maskedSecret: maskSecret(settings?.appSecret ?? ''),
    errors,
    warnings: flash?.settingsErrors ? [] : settings ? settingsWarnings(settings) : [],
    notice: flash?.notice,
    endpointGivenAs: flash?.endpointGivenAs,
    endpoint: settings?.endpoint ?? '',
    appId: settings?.appId ?? '',
    connectorId,
    siteOrigin: input.siteOrigin,
    uris: playgroundUris(input.siteOrigin),
    tenantVersion,
    naverUris: callbackUrl ? { callbackUrl, accountCallbackUrl } : undefined,
    result: input.result,
    attempt: attempt ? { kind: attempt.kind, status: attempt.status } : undefined,
    problems: problems.map((item) => showDiagnosis(item, lang)),
    hops: attempt?.hops ?? [],
    verifiedSteps: stepIds.filter((id) => attempt?.verifiedSteps.includes(id) || preflightVerified.includes(id)),
    preflight: { run: input.preflightRun, verifiedSteps: preflightVerified },
    hasTenant: settings !== undefined,
    hasSandbox: input.sandboxEndpoint !== undefined,
    offersScenarios,
    scenario,
    didNotComeBack: notBack,
    sawUnknown: flash?.sawUnknown === true,
    inlineParts,
    supportBundle: settings && inlineParts.includes('bundle')
      ? buildSupportBundle({
          ...input.runtime,
          lang,
          generatedAt: input.now,
          siteOrigin: input.siteOrigin,
          settings,
          preflight: input.preflightRun,
          attempt,
          tenantVersion,
        })
      : undefined,
    unknownScenario: flash?.settingsErrors?.['scenario'] === UNKNOWN_SCENARIO,
    managementApi: {
      offered: input.auditLogDiagnosis === true,
      maskedSecret: settings?.managementApi ? maskSecret(settings.managementApi.appSecret) : undefined,
    },
    auditLogFinding: attempt && notBack && input.auditLogDiagnosis && settings?.managementApi ? auditLogView(attempt.auditLogFinding, lang) : undefined,
  };
}

function panelPartsInline(shown: readonly PanelPart[], { attemptFailed, saveRefused }: { attemptFailed: boolean; saveRefused: boolean }): PanelPart[] {
  return panelParts.filter((part) => shown.includes(part) || (part === 'trace' && attemptFailed) || (part === 'settings' && saveRefused));
}

function auditLogView(finding: AuditLogFinding | undefined, lang: Lang): NonNullable<PanelModel['auditLogFinding']> {
  return { finding, diagnosis: finding?.kind === 'cause' ? showDiagnosis(diagnosis(finding.cause), lang) : undefined };
}
