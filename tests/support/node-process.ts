/**
 * A Node script started as its own process (src/local-tenant/main.ts, src/server/main.ts), with all it
 * printed kept for the test to read: the launcher's startNode (src/launcher/child-process.ts). In a test,
 * start it through the `spawnNode` fixture (tests/support/fixtures.ts), which stops it after the test
 * however the test ended.
 */
import { startNode, type RunningProcess } from '../../src/launcher/index.ts';

export type NodeProcess = RunningProcess;

/** Runs `node <args>` (the Node running the tests) with exactly `env`, keeping everything it prints. */
export function startNodeProcess([entry, ...args]: [string, ...string[]], env: NodeJS.ProcessEnv): NodeProcess {
  return startNode(entry, { args, env, keepChars: Number.POSITIVE_INFINITY });
}
