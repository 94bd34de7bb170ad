/**
 * `import … from 'logto-naver'`: the commands as functions, for a script of a team's own. The preflight
 * (runPreflight and its reporters), the sandbox (startSandbox) and the browser check (runBrowserCheck,
 * given a Playwright browser context). The Playwright fixture is 'logto-naver/playwright'.
 */
export { runPreflight } from '../preflight/run-preflight.ts';
export type { CheckResult, CheckStatus } from '../preflight/types.ts';
export { checkIds } from '../preflight/check-definitions.ts';
export { render as renderPreflightReport, githubAnnotations, junitReport, versionedJsonReport, JSON_SCHEMA_VERSION } from '../preflight/cli/reporters.ts';
export { createSafeFetch } from '../lib/safe-fetch.ts';
export { playgroundUris } from '../tenant/redirect-uris.ts';
export { startSandbox, sandboxEnvLines } from './sandbox.ts';
export type { SandboxApp, SandboxSettings, StartedSandbox } from './sandbox.ts';
export { runBrowserCheck } from './check.ts';
export type { BrowserCheckAssertion, BrowserCheckOptions, BrowserCheckResult } from './check.ts';
export { runLogtoNaver } from './cli.ts';
