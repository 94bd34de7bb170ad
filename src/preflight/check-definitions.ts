import type { StepId } from '../guide/steps.ts';
import type { ReasonKey } from './reasons.ts';

/**
 * The preflight's checks: what each needs and which guide step it belongs to and proves. One source of
 * truth for their ids, which are this table's keys, in the order the checks run and are shown; the
 * function that decides each (run-preflight.ts) and its title (./strings.ts) are keyed by them, so a check
 * without either is a type error, and so is a `needs` naming no check.
 */
export interface CheckDefinition<Id extends string = string> {
  /** The step a result points at when its reason names no cause (a skip, an unexpected answer). */
  home: StepId;
  /** The step a pass proves done; none when passing proves nothing the reader did (see naver.callback-url). */
  verifies?: StepId;
  /**
   * When only some passes prove `verifies`: the reasons that do. A pass for another reason looked, but
   * compared nothing (see naver.client-id).
   */
  provenBy?: readonly ReasonKey[];
  /** Checks that must pass (or only warn) first; otherwise this one is skipped as blocked. */
  needs: readonly Id[];
  /**
   * Its warning is a reminder of something no public answer shows (see naver.account-callback), not a
   * finding: it never passes, and it doesn't fail a run either (settled() below; the CLI's exit code).
   */
  reminder?: true;
}

function defineChecks<const T extends { [K in keyof T]: CheckDefinition<Extract<keyof T, string>> }>(definitions: T): T {
  return definitions;
}

/** A check only needs checks listed before it. */
const definitions = defineChecks({
  'endpoint.discovery': { home: 'prerequisites', verifies: 'prerequisites', needs: [] },
  'endpoint.issuer': { home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'] },
  'endpoint.clock': { home: 'prerequisites', verifies: 'prerequisites', needs: ['endpoint.discovery'] },
  'endpoint.endpoints': { home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'] },
  'endpoint.jwks': { home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'] },
  // Which Logto the tenant runs (src/tenant/version-family.ts): it names the version family the guide
  // follows, passes whatever the version, and proves nothing the reader did.
  'endpoint.version': { home: 'prerequisites', needs: ['endpoint.discovery'] },
  'app.credentials': { home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'] },
  'app.type': { home: 'create-logto-app', verifies: 'create-logto-app', needs: ['endpoint.discovery'] },
  'app.redirect-uri': { home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'] },
  'app.post-sign-out-uri': { home: 'integrate-sdk', verifies: 'integrate-sdk', needs: ['endpoint.discovery'] },
  // The public sign-in experience lists enabled connectors only: a pass proves the connector is in the
  // sign-in experience; a failure starts at adding it (its cause says so).
  'naver.connector': { home: 'add-naver-connector', verifies: 'enable-in-sign-in-experience', needs: ['endpoint.discovery'] },
  // The interaction that yields Logto's Naver URL starts at /oidc/auth with the playground's redirect URI.
  // Its client_id proves the connector's settings only when held against the reader's own Naver Client ID:
  // nothing else public shows them (the secret is never seen before a sign-in, which proves both).
  'naver.client-id': {
    home: 'configure-connector',
    verifies: 'configure-connector',
    provenBy: ['naverClientIdOk'],
    needs: ['naver.connector', 'app.redirect-uri'],
  },
  // It reads the URL Logto sends to Naver, which the reader must register there; nothing public shows
  // whether they did, so a pass verifies nothing.
  'naver.callback-url': { home: 'register-naver-app', needs: ['naver.connector', 'app.redirect-uri'] },
  // Logto 1.42's Console lists a second callback URI (the Account Center's); with the reader's Naver
  // Client ID it reminds them of both exact values: a warning, since nothing public shows what Naver holds.
  'naver.account-callback': { home: 'register-naver-app', needs: ['naver.connector', 'endpoint.version'], reminder: true },
});

export type CheckId = keyof typeof definitions;

export const checkDefinitions: Readonly<Record<CheckId, CheckDefinition<CheckId>>> = definitions;

/** Every check id, in display order. */
export const checkIds = Object.keys(definitions) as [CheckId, ...CheckId[]];

/** A result that leaves nothing to fix: a pass, or a reminder check's warning. */
export function settled(result: { id: CheckId; status: string }): boolean {
  return result.status === 'pass' || (result.status === 'warn' && checkDefinitions[result.id].reminder === true);
}

export function isCheckId(value: unknown): value is CheckId {
  return typeof value === 'string' && Object.hasOwn(definitions, value);
}
