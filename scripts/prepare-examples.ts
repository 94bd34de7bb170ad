/**
 * Prepares every sample app of examples/ (the Flask venv, npm ci of the Node samples, next build), each
 * only if its files changed since the last time, and prints how long each took. `npm test` runs it before
 * the tests, so the installs and the Next.js build don't share the two cores with timing-sensitive tests.
 * A sample that can't be prepared is reported in one line and left for its e2e test to fail on the same
 * line: the rest of the suite still runs.
 */
import { sampleIds } from '../src/lib/local-tenant-defaults.ts';
import { sampleRunners } from './example/samples.ts';

for (const id of sampleIds) {
  const started = performance.now();
  try {
    await sampleRunners[id].prepare((line) => console.log(`  ${line}`));
    console.log(`examples/${id}: ready (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.log(`examples/${id}: not prepared: ${error instanceof Error ? error.message : String(error)}`);
  }
}
