/**
 * The launcher's processes (src/launcher/child-process.ts): what they print is kept (the end of it), an
 * exit is reported with the process's own last words, and stop() always ends them, with SIGKILL for one
 * that ignores SIGTERM.
 */
import { existsSync } from 'node:fs';
import { startNode, startProcess } from '../../src/launcher/index.ts';
import { expect, test } from '../support/fixtures.ts';

/** `node -e <code>`, stopped after the test. */
const script = (code: string, options: Parameters<typeof startNode>[1] = {}) => startNode('-e', { ...options, args: [code] });

test('keeps stdout, stderr and both in order, and reports an exit with its code and the end of stderr', async ({ closeAfterTest }) => {
  // A pause between the writes: the two pipes are read separately, so only writes apart arrive in order.
  const run = script(
    "const later = (ms, f) => setTimeout(f, ms); console.log('one'); later(100, () => console.error('two')); later(200, () => { console.log('three'); process.exitCode = 3; })",
    { name: 'the script' },
  );
  closeAfterTest({ close: () => run.stop() });
  expect(run.exitReport()).toBeUndefined();
  expect(await run.exited).toBe(3);
  expect(run.output()).toEqual({ stdout: 'one\nthree\n', stderr: 'two\n', all: 'one\ntwo\nthree\n' });
  expect(run.hasExited()).toBe(true);
  expect(run.exitCode()).toBe(3);
  expect(run.exitReport()).toBe('the script exited with code 3:\ntwo');
});

test('keeps only the end of a long output', async ({ closeAfterTest }) => {
  const run = script("process.stderr.write('x'.repeat(5000) + 'the end')", { keepChars: 100 });
  closeAfterTest({ close: () => run.stop() });
  await run.exited;
  expect(run.output().stderr).toHaveLength(100);
  expect(run.output().stderr.endsWith('the end')).toBe(true);
});

test('stop() ends a running process with SIGTERM and resolves once it is gone', async ({ closeAfterTest }) => {
  const run = script('setInterval(() => {}, 1000)');
  closeAfterTest({ close: () => run.stop() });
  await run.stop();
  expect(run.child.signalCode).toBe('SIGTERM');
  expect(run.exitReport()).toContain('was ended by SIGTERM');
});

test('stop() kills a process that ignores SIGTERM once the grace period is over', async ({ closeAfterTest }) => {
  const run = script("process.on('SIGTERM', () => console.log('ignored')); console.log('ready'); setInterval(() => {}, 1000)");
  closeAfterTest({ close: () => run.stop() });
  await expect.poll(() => run.output().stdout).toContain('ready');
  const started = Date.now();
  await run.stop(300);
  expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  expect(run.output().stdout).toContain('ignored');
  expect(run.child.signalCode).toBe('SIGKILL');
});

test('a command that does not exist is reported, not thrown', async ({ closeAfterTest }) => {
  const run = startProcess('/nonexistent/command', { name: 'the missing command' });
  closeAfterTest({ close: () => run.stop() });
  expect(await run.exited).toBeNull();
  expect(run.exitReport()).toMatch(/^the missing command could not be started \(spawn \/nonexistent\/command ENOENT\)/);
});

test('a process started here does not outlive this one when it exits without stopping it', async ({ spawnNode, closeAfterTest }) => {
  test.skip(process.platform !== 'linux', 'looks for the process in /proc');
  const launcher = new URL('../../src/launcher/index.ts', import.meta.url).href;
  const parent = spawnNode(
    [
      '--input-type=module',
      '-e',
      `import { startNode } from ${JSON.stringify(launcher)};
       const child = startNode('-e', { args: ['setInterval(() => {}, 1000)'] });
       process.stdout.write(String(child.child.pid));
       setTimeout(() => process.exit(0), 300);`,
    ],
    process.env,
  );
  expect(await parent.exited).toBe(0);
  const pid = Number(parent.output().stdout.trim());
  expect(pid).toBeGreaterThan(0);
  // Should it outlive its parent (the test failing), it is not left behind.
  closeAfterTest({ close: async () => void (existsSync(`/proc/${pid}`) && process.kill(pid, 'SIGKILL')) });
  await expect.poll(() => existsSync(`/proc/${pid}`), { timeout: 5_000 }).toBe(false);
});
