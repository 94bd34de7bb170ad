/**
 * The scripts' command lines (scripts/support/script-args.ts, util.parseArgs): --help prints the usage
 * and exits 0; an unknown option, a stray word or a bad value is refused with exit code 2, naming what is
 * wrong, before anything is built or started.
 */
import { expect, test } from '../support/fixtures.ts';

test('--help prints the usage and exits 0', async ({ spawnNode }) => {
  const run = spawnNode(['scripts/bench-load.ts', '--help'], process.env);
  expect(await run.exited).toBe(0);
  expect(run.output().stdout).toContain('--flows N             full sign-in flows per round (500)');
  expect(run.output().stderr).not.toContain('Error');
});

const refused: [script: string, args: string[], message: string][] = [
  ['scripts/start.ts', ['--prod'], "Unknown option '--prod'"],
  ['scripts/start.ts', ['dev'], "Unexpected argument 'dev'"],
  ['scripts/bench-load.ts', ['--requests', '0'], '--requests: must be a whole number above 0'],
  ['scripts/bench-load.ts', ['--flows', 'many'], '--flows: must be a whole number above 0'],
  ['scripts/bench-load.ts', ['--rounds'], "Option '--rounds <value>' argument missing"],
  ['scripts/bench-page.ts', ['--path', 'ko'], '--path: a path on the site, like /ko/'],
  ['scripts/bench-page.ts', ['--starlight', '--static'], '--starlight: not with --static'],
  ['scripts/bench-page.ts', ['--starlight', '--path', '/en/playground/'], "--path: --starlight compares a language's guide page: --path /ja/, /en/, /ko/"],
  ['scripts/bench-page.ts', ['--starlight', '--runs', '0'], '--runs: at least 1 load'],
  ['scripts/bench-page.ts', ['--runs', '2.5'], '--runs: a whole number of loads'],
  ['scripts/fault-lab-table.ts', ['--json'], "Unknown option '--json'"],
];

for (const [script, args, message] of refused) {
  test(`${script} ${args.join(' ')} is refused with exit code 2 and the usage`, async ({ spawnNode }) => {
    const run = spawnNode([script, ...args], process.env);
    expect(await run.exited).toBe(2);
    const { stdout, stderr } = run.output();
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/\n\nnpm (start|run)/);
    // Refused before anything ran: no build, no server.
    expect(stdout).toBe('');
  });
}
