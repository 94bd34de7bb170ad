/**
 * `logto-naver sandbox`: the local tenant and its Naver mock started through the launcher
 * (launchSandbox, which starts src/local-tenant/main — compiled, in the package), on free or given
 * ports, with a team's own redirect URIs registered; the lines an app reads (LOGTO_ENDPOINT=…) on
 * stdout, everything else on stderr; stopped on SIGINT/SIGTERM with nothing left running. The Playwright
 * fixture starts the same sandbox through startSandbox().
 */
import { z } from 'zod';
import { format } from '../i18n/define-strings.ts';
import type { Lang } from '../i18n/languages.ts';
import { abortOnSignals, launchSandbox, type ProcessOutput, type Sandbox } from '../launcher/index.ts';
import { faultScenarioIds, faultScenarios, type FaultScenarioId } from '../lib/fault-lab.ts';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../lib/local-tenant-defaults.ts';
import { listValue, parseCommand, stringValue, type Env, type Parsed } from './args.ts';
import { packageStrings } from './strings.ts';

export interface SandboxSettings {
  /** 0 or absent: a free port. */
  port?: number | undefined;
  naverMockPort?: number | undefined;
  /** The team's app's redirect URIs, registered for the demo app and every fault-lab app that keeps its URIs. */
  redirectUris?: readonly string[] | undefined;
  postLogoutRedirectUris?: readonly string[] | undefined;
  /** A fault lab scenario whose app is handed out instead of the demo app. */
  scenario?: FaultScenarioId | undefined;
  /** A tenant config file (JSON, the shape of src/local-tenant/config/schema.ts). */
  config?: string | undefined;
}

/** The app a sandbox hands out: the demo app's, or a fault lab scenario's. */
export interface SandboxApp {
  appId: string;
  appSecret: string;
  scenario?: FaultScenarioId;
}

export interface StartedSandbox {
  /** The Logto endpoint (issuer `<endpoint>/oidc`). */
  endpoint: string;
  naverMockOrigin: string;
  app: SandboxApp;
  /** The demo Naver connector and the Client ID the mock knows it by. */
  naverConnectorId: string;
  naverClientId: string;
  /** Resolves once the tenant has stopped: asked to, or because it exited. */
  ended: Sandbox['ended'];
  stop(): Promise<void>;
}

const portSchema = z.coerce.number().int().min(0).max(65_535);
const uriSchema = z.url({ protocol: /^https?$/ });

export function scenarioApp(scenario: FaultScenarioId | undefined): SandboxApp {
  if (!scenario) return { appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret };
  return { appId: faultScenarios[scenario].appId, appSecret: faultScenarios[scenario].appSecret, scenario };
}

/** The environment the tenant starts with: the redirect URIs and the config file, as main.ts reads them. */
export function sandboxEnv(settings: SandboxSettings, base: Env = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  delete env['TENANT_CONFIG'];
  if (settings.config) env['TENANT_CONFIG'] = settings.config;
  env['TENANT_REDIRECT_URIS'] = (settings.redirectUris ?? []).join(' ');
  env['TENANT_POST_LOGOUT_REDIRECT_URIS'] = (settings.postLogoutRedirectUris ?? []).join(' ');
  return env;
}

/** Starts the sandbox; `signal` stops it. */
export async function startSandbox(
  settings: SandboxSettings = {},
  { signal, output = 'keep', env = process.env }: { signal?: AbortSignal; output?: ProcessOutput; env?: Env } = {},
): Promise<StartedSandbox> {
  const sandbox = await launchSandbox({
    ports: { tenant: settings.port ?? 0, naverMock: settings.naverMockPort ?? 0 },
    env: sandboxEnv(settings, env),
    output,
    signal,
  });
  return {
    endpoint: sandbox.tenantEndpoint,
    naverMockOrigin: sandbox.naverMockOrigin,
    app: scenarioApp(settings.scenario),
    naverConnectorId: LOCAL_NAVER_CONNECTOR.id,
    naverClientId: LOCAL_NAVER_CONNECTOR.clientId,
    ended: sandbox.ended,
    stop: () => sandbox.stop(),
  };
}

/** The lines an app reads, as `KEY=value` (a .env file, or `export` in a shell). */
export function sandboxEnvLines(sandbox: Pick<StartedSandbox, 'endpoint' | 'naverMockOrigin' | 'app'>): string[] {
  return [
    `LOGTO_ENDPOINT=${sandbox.endpoint}`,
    `LOGTO_APP_ID=${sandbox.app.appId}`,
    `LOGTO_APP_SECRET=${sandbox.app.appSecret}`,
    `NAVER_MOCK_ORIGIN=${sandbox.naverMockOrigin}`,
    ...(sandbox.app.scenario ? [`LOGTO_NAVER_SCENARIO=${sandbox.app.scenario}`] : []),
  ];
}

export function parseSandboxArgs(argv: readonly string[], env: Env): Parsed<SandboxSettings> {
  return parseCommand<SandboxSettings>(
    argv,
    env,
    {
      port: { type: 'string' },
      'naver-mock-port': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      'post-logout-redirect-uri': { type: 'string', multiple: true },
      scenario: { type: 'string' },
      config: { type: 'string' },
    },
    (values, lang) => {
      const t = packageStrings[lang];
      const port = (option: string, envName: string) => {
        const raw = stringValue(values, option, env, envName);
        if (raw === undefined) return { ok: true as const, value: 0 };
        const parsed = portSchema.safeParse(raw);
        return parsed.success ? { ok: true as const, value: parsed.data } : { ok: false as const, error: format(t.errorPort, { option: `--${option}` }) };
      };
      const tenantPort = port('port', 'TENANT_PORT');
      if (!tenantPort.ok) return { error: tenantPort.error };
      const mockPort = port('naver-mock-port', 'NAVER_MOCK_PORT');
      if (!mockPort.ok) return { error: mockPort.error };
      const uris = (option: string, envName: string) => {
        const list = listValue(values, option, env, envName);
        return list.every((uri) => uriSchema.safeParse(uri).success) ? list : undefined;
      };
      const redirectUris = uris('redirect-uri', 'TENANT_REDIRECT_URIS');
      if (!redirectUris) return { error: format(t.errorUri, { option: '--redirect-uri' }) };
      const postLogoutRedirectUris = uris('post-logout-redirect-uri', 'TENANT_POST_LOGOUT_REDIRECT_URIS');
      if (!postLogoutRedirectUris) return { error: format(t.errorUri, { option: '--post-logout-redirect-uri' }) };
      const scenarioRaw = stringValue(values, 'scenario', env);
      const scenario = z.enum(faultScenarioIds).optional().safeParse(scenarioRaw);
      if (!scenario.success) return { error: format(t.errorScenario, { ids: faultScenarioIds.join(', ') }) };
      return {
        port: tenantPort.value,
        naverMockPort: mockPort.value,
        redirectUris,
        postLogoutRedirectUris,
        scenario: scenario.data,
        config: stringValue(values, 'config', env, 'TENANT_CONFIG'),
      };
    },
  );
}

function sandboxUsage(lang: Lang): string {
  return format(packageStrings[lang].sandboxUsage, { ids: faultScenarioIds.join(', ') });
}

/** Runs until SIGINT/SIGTERM (or the tenant exits); resolves with the exit code. */
export async function sandboxCommand(argv: readonly string[], env: Env): Promise<number> {
  const command = parseSandboxArgs(argv, env);
  if (command.kind === 'help') {
    process.stdout.write(`${sandboxUsage(command.lang)}\n`);
    return 0;
  }
  const t = packageStrings[command.lang];
  if (command.kind === 'usage-error') {
    process.stderr.write(`${command.message}\n${t.seeHelp}\n`);
    return 2;
  }
  const signal = abortOnSignals();
  process.stderr.write(`${t.sandboxStarting}\n`);
  let sandbox: StartedSandbox;
  try {
    sandbox = await startSandbox(command.options, { signal, output: 'keep', env });
  } catch (error) {
    if (signal.aborted) return 0;
    process.stderr.write(`${format(t.sandboxFailed, { message: error instanceof Error ? error.message : String(error) })}\n`);
    return 1;
  }
  if (sandbox.app.scenario) process.stderr.write(`${format(t.sandboxScenario, { id: sandbox.app.scenario })}\n`);
  process.stdout.write(`${sandboxEnvLines(sandbox).join('\n')}\n`);
  process.stderr.write(`${t.sandboxReady}\n`);
  const end = await sandbox.ended;
  if (end.reason === 'exited') {
    process.stderr.write(`${format(t.sandboxPartExited, { report: end.part.exitReport() ?? String(end.code) })}\n`);
    return 1;
  }
  process.stderr.write(`${t.sandboxStopped}\n`);
  return 0;
}
