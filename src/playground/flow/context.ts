/**
 * What every flow step needs for one request, built by the endpoint from astro:env and the request
 * (src/playground/request-context.ts) and passed in, so the steps themselves stay plain TS.
 */
import type { Lang } from '../../i18n/languages.ts';
import type { Diagnosis } from '../../diagnosis/codes.ts';
import type { Settings } from '../../tenant/settings.ts';
import type { Attempt, ReaderState } from '../state/reader-state.ts';
import { TraceRecorder } from '../trace/trace.ts';
import { createTracedFetch } from '../trace/traced-fetch.ts';
import { playgroundUris } from '../../tenant/redirect-uris.ts';
import { buildIdTokenVerifier, type VerifiedIdToken } from '../logto/id-token-verifier.ts';
import { createLogtoClient, playgroundAdapter } from '../logto/client.ts';
import { requestedScopes } from '../../tenant/settings.ts';

export interface PlaygroundContext {
  state: ReaderState;
  /** The reader's settings, or the sandbox's defaults when they have none yet. */
  settings: Settings;
  /** `settings` are the reader's own, saved (not the local tenant's defaults). */
  settingsSaved: boolean;
  /** The site's sandbox (SANDBOX_ENDPOINT): its built-in tenant and the fault lab's; undefined: none. */
  sandboxEndpoint: string | undefined;
  siteOrigin: string;
  /** The safe outbound fetch (time-outs, size limits, address policy). */
  fetch: typeof fetch;
  now: () => number;
  /** The site offers the audit-log diagnosis (AUDIT_LOG_DIAGNOSIS): the credential is taken, kept and used only then. */
  auditLogDiagnosis: boolean;
}

/**
 * A request's context before it is known to have settings: on a site without a sandbox, a reader who
 * saved none has none. The settings form, the fault lab's picker, "Start over" and "What did you see"
 * take this; every step that talks to a tenant takes a PlaygroundContext.
 */
export type ReaderContext = Omit<PlaygroundContext, 'settings'> & { settings: Settings | undefined };

export function urisOf(ctx: Pick<PlaygroundContext, 'siteOrigin'>) {
  return playgroundUris(ctx.siteOrigin);
}

/** A recorder and the fetches that feed it: one for the SDK's calls, one labelling probes as probes. */
export function tracing(ctx: PlaygroundContext) {
  const recorder = new TraceRecorder(ctx.now);
  const secrets = [ctx.settings.appSecret, ...(ctx.settings.managementApi ? [ctx.settings.managementApi.appSecret] : [])];
  return {
    recorder,
    fetch: createTracedFetch(ctx.fetch, recorder, { secrets }),
    probeFetch: createTracedFetch(ctx.fetch, recorder, { secrets, probe: true }),
  };
}

/** The reader's LogtoClient for this request, wired to the traced fetch and the recording verifier. */
export async function readerClient(ctx: PlaygroundContext, traced: ReturnType<typeof tracing>) {
  const { settings } = ctx;
  const verified: { value?: VerifiedIdToken } = {};
  const created = await createLogtoClient(
    { endpoint: settings.endpoint, appId: settings.appId, appSecret: settings.appSecret, scopes: requestedScopes(settings) },
    ctx.state.logtoCookies(),
    {
      encryptionKey: ctx.state.keys.logto,
      isSecure: ctx.state.secure,
      adapter: playgroundAdapter(settings.appId, settings.appSecret, traced.fetch),
      buildJwtVerifier: buildIdTokenVerifier({
        fetch: traced.fetch,
        recorder: traced.recorder,
        now: ctx.now,
        onVerified: (value) => {
          verified.value = value;
        },
      }),
    },
  );
  return { ...created, verified };
}

/** What starting a flow step needs: its trace, a new pending attempt (keeping proved steps), the URIs. */
export async function beginAttempt(ctx: PlaygroundContext, kind: Attempt['kind'], lang: Lang, returnTo: string) {
  return { traced: tracing(ctx), attempt: newAttempt(kind, lang, returnTo, await ctx.state.attempt(), ctx.now()), uris: urisOf(ctx) };
}

export function newAttempt(
  kind: Attempt['kind'],
  lang: Lang,
  returnTo: string,
  previous: Attempt | undefined,
  now: number,
): Attempt {
  return {
    kind,
    status: 'pending',
    startedAt: now,
    lang,
    returnTo,
    hops: [],
    diagnoses: [],
    verifiedSteps: previous?.verifiedSteps ?? [],
  };
}

export function finished(attempt: Attempt, status: 'succeeded' | 'failed', diagnoses: Diagnosis[], now: number): Attempt {
  return { ...attempt, status, finishedAt: now, diagnoses: [...attempt.diagnoses, ...diagnoses].slice(0, 6) };
}
