import { format } from '../../i18n/define-strings.ts';
import type { Lang } from '../../i18n/languages.ts';
import { guideMarkdownHref } from '../../guide/llms-txt.ts';
import { redactUrl, scrubText } from '../../lib/redact.ts';
import type { Hop } from '../trace/trace.ts';
import { reasonText } from '../../preflight/describe.ts';
import type { CheckResult } from '../../preflight/types.ts';
import { supportBundleStrings } from './strings.ts';
import { versionFamilyNames } from '../../guide/strings.ts';
import { formatSignals, type VersionVerdict } from '../../tenant/version-family.ts';

/**
 * The support bundle: one plain-text report a reader pastes into an issue or to an assistant. It opens
 * with one paragraph in the reader's language that says what it is, where the guide is and what is
 * asked; the report itself is English on purpose (it is read by maintainers), and redacted three times over: the settings it is given have no secret field,
 * URLs are passed through redactUrl, and the finished text is scrubbed of the secret and of anything
 * shaped like a JWT, in case a server echoed one into a message.
 */

export interface SupportBundleInput {
  /** The reader's language: the framing paragraph's, and the guide it links. */
  lang: Lang;
  generatedAt: number;
  versions: { site: string; logtoNode: string; node: string };
  mode: string;
  siteOrigin: string;
  /** The reader's settings; `appSecret`, if present, is used only to scrub it out. */
  settings: {
    endpoint: string;
    appId: string;
    appSecret?: string;
    directSignInTarget: string;
    interactionMode: string;
    scopes: readonly string[];
    /** Not a secret: every authorize URL carries it. */
    naverClientId?: string | undefined;
  };
  preflight?: { ranAt: number; results: readonly CheckResult[] } | undefined;
  attempt?: { kind: string; status: string; startedAt: number; hops: readonly Hop[] } | undefined;
  /** The tenant's Logto version family and the signals it rests on (src/playground/tenant-version.ts). */
  tenantVersion?: VersionVerdict | undefined;
}

const JWT_SHAPED = /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;

const iso = (ms: number) => new Date(ms).toISOString();

function hopLine(hop: Hop, start: number): string {
  const parts = [
    `+${hop.at - start}ms`,
    hop.kind,
    hop.method ?? '',
    hop.status === undefined ? '' : String(hop.status),
    hop.outcome,
    `${hop.ms}ms`,
    hop.url ? redactUrl(hop.url) : '',
  ].filter(Boolean);
  const details = Object.entries(hop.details).map(([name, value]) => `    ${name}: ${value}`);
  return [`  ${parts.join('  ')}`, ...details].join('\n');
}

export function buildSupportBundle(input: SupportBundleInput): string {
  const { settings, preflight, attempt, versions } = input;
  const guide = `${input.siteOrigin}/${input.lang}/`;
  const lines = [
    format(supportBundleStrings[input.lang].framing, { guide, markdown: `${input.siteOrigin}${guideMarkdownHref(input.lang)}` }),
    '',
    '## Sign in with Naver through Logto: support bundle',
    `generated: ${iso(input.generatedAt)}`,
    `versions: site ${versions.site}, @logto/node ${versions.logtoNode}, node ${versions.node}`,
    `mode: ${input.mode}`,
    `site origin: ${input.siteOrigin}`,
    '',
    '### Settings (app secret not included)',
    `endpoint: ${settings.endpoint}`,
    `app id: ${settings.appId}`,
    `direct sign-in target: ${settings.directSignInTarget}`,
    `interaction mode: ${settings.interactionMode}`,
    `scopes: ${settings.scopes.join(' ') || '-'}`,
    `naver client id: ${settings.naverClientId ?? '-'}`,
    `tenant's logto version: ${versionFamilyNames.en[input.tenantVersion?.family ?? 'unknown']} (${formatSignals(input.tenantVersion?.signals ?? []) || 'no signals yet: run the checks'})`,
    '',
  ];
  if (preflight) {
    lines.push(`### Preflight (${iso(preflight.ranAt)})`);
    for (const result of preflight.results) {
      lines.push(`${result.status.toUpperCase()}  ${result.id}  [step ${result.stepId}]  ${reasonText(result, 'en')}`);
    }
  } else {
    lines.push('### Preflight', 'not run');
  }
  lines.push('');
  if (attempt && attempt.hops.length) {
    lines.push(`### Last flow trace (${attempt.kind}, ${attempt.status}, ${iso(attempt.startedAt)})`);
    for (const hop of attempt.hops) lines.push(hopLine(hop, attempt.startedAt));
  } else {
    lines.push('### Last flow trace', 'none');
  }
  const text = lines.join('\n');
  return scrubText(text, [settings.appSecret]).replace(JWT_SHAPED, '<redacted jwt>');
}
