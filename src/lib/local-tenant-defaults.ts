/**
 * The one place that names the built-in local tenant's ports and its ready-made app and connector.
 *
 * The local tenant builds its default config from these values, and the site prefills the playground
 * with them. They are demo credentials for a tenant that only ever listens on loopback, so they are
 * not secrets; the site still treats the app secret like any reader's secret (never rendered back).
 */

export const DEFAULT_PORTS = {
  site: 4321,
  tenant: 3001,
  naverMock: 3002,
} as const;

/** A Traditional web app, with Logto's id formats: 21 chars [0-9a-z] and a 32-char secret. */
export const LOCAL_DEMO_APP = {
  id: 'mfltvwzoqspy906wvwgqe',
  secret: 'XoAFwss0vRdRv2e6Mr8rRI2LjqAs1AM1',
  name: 'Naver guide playground',
} as const;

/**
 * The demo Management API credential: a machine-to-machine app with Logto's Management API access role,
 * which reads the tenant's audit log (`GET /api/logs`) to say why a sign-in did not come back. Logto's
 * id and secret formats; on a real OSS tenant the API's resource indicator is `https://default.logto.app/api`
 * and the scope `all`.
 */
export const LOCAL_MANAGEMENT_API_APP = {
  id: 'fcq8afel1wxb9nugq9t5x',
  secret: 'J7ozGNVHtIF5xCxfSOLXku7KsnyfuzDo',
  name: 'Naver guide diagnosis (Management API)',
} as const;

/** How an OSS tenant names its Management API (the resource indicator) and the scope its role grants. */
export const LOGTO_MANAGEMENT_API = { resource: 'https://default.logto.app/api', scope: 'all' } as const;

/**
 * The Naver connector: a 21-char id [0-9a-z], as the Logto Console creates connectors (12-char ids only come
 * from the Management API), and the Naver app it talks to.
 */
export const LOCAL_NAVER_CONNECTOR = {
  id: 'ggasc3rhak1855vkiw493',
  target: 'naver',
  clientId: 'SLFjG9pLzJRr88z5PPil',
  clientSecret: 'Vk9urbknzD',
} as const;

function port(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 && parsed < 65536 ? parsed : fallback;
}

/** Ports as the processes see them: each can be moved by an environment variable. */
export function portsFromEnv(env: Record<string, string | undefined> = process.env) {
  return {
    site: port(env['PORT'], DEFAULT_PORTS.site),
    tenant: port(env['TENANT_PORT'], DEFAULT_PORTS.tenant),
    naverMock: port(env['NAVER_MOCK_PORT'], DEFAULT_PORTS.naverMock),
  };
}

/**
 * The guide's sample apps (examples/<id>/): the port each runs on by default and the two URIs a reader
 * registers for it. The local tenant's demo app registers them, the guide shows them in step 2, and each
 * sample builds the same URIs from its BASE_URL (its e2e test fails at the tenant if they differ).
 * Ports: Express's customary 3000; Next.js beside it, as its own 3000 is taken; Flask on 5001, as
 * Flask's 5000 is where macOS's AirPlay Receiver listens. None clashes with the site or the tenant.
 */
export const SAMPLE_APPS = {
  flask: { port: 5001, callbackPath: '/callback' },
  express: { port: 3000, callbackPath: '/logto/sign-in-callback' },
  next: { port: 3003, callbackPath: '/callback' },
} as const;

export type SampleId = keyof typeof SAMPLE_APPS;
export const sampleIds = Object.keys(SAMPLE_APPS) as SampleId[];

export function isSampleId(value: string): value is SampleId {
  return Object.hasOwn(SAMPLE_APPS, value);
}

/** Where a sample runs by default: its BASE_URL in examples/<id>/.env.example. */
export function defaultSampleBaseUrl(id: SampleId): string {
  return `http://localhost:${SAMPLE_APPS[id].port}`;
}

/**
 * The URIs a sample running at `baseUrl` sends to Logto: its callback, and (after sign-out) its base
 * URL itself, as @logto/express and @logto/next send it, with no trailing slash.
 */
export function sampleUris(id: SampleId, baseUrl: string = defaultSampleBaseUrl(id)) {
  const base = baseUrl.replace(/\/+$/, '');
  return { redirectUri: `${base}${SAMPLE_APPS[id].callbackPath}`, postSignOutRedirectUri: base };
}
