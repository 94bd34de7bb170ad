/**
 * The launcher: starts the local tenant, its Naver mock and the site as processes, and stops them.
 * A script-level concern: scripts, tests and (later) the package's `sandbox` command use it; the site
 * never imports it (tests/unit/architecture.spec.ts).
 */
export { launchSandbox, launchStack } from './launch.ts';
export type { LaunchOptions, Sandbox, SandboxOptions, Stack, StackEnd, StackPorts } from './launch.ts';
export { launchPublicStack, publicStackEnv } from './public-stack.ts';
export type { PublicStack, PublicStackOptions } from './public-stack.ts';
export { buildReason, buildSiteIfNeeded } from './build.ts';
export type { BuildWhen } from './build.ts';
export { startSite } from './start-site.ts';
export type { SiteMode, StartedSite, StartSiteOptions } from './start-site.ts';
export { startTenant } from './start-tenant.ts';
export type { StartedTenant, StartTenantOptions } from './start-tenant.ts';
export { startNode, startProcess } from './child-process.ts';
export type { ProcessOutput, RunningProcess, StartProcessOptions } from './child-process.ts';
export { freePort } from './free-port.ts';
export { waitForUrl, waitUntil, WaitError } from './wait-until.ts';
export type { WaitOptions } from './wait-until.ts';
export { LaunchError } from './launch-error.ts';
export { abortOnSignals } from './signals.ts';
export { startRoundRobinProxy } from './round-robin-proxy.ts';
export type { RoundRobinProxy } from './round-robin-proxy.ts';
