import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { SampleError } from './paths.ts';

/**
 * Runs a preparation command (npm ci, pip, next build) to the end. Its output goes to `log` only if it
 * fails (the last lines, which say why); a missing program is one clear line.
 */
export function runCommand(
  program: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; what: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(new SampleError(error.code === 'ENOENT' ? `${options.what}: ${program} is not installed (not found on PATH).` : `${options.what}: ${error.message}`));
    });
    child.once('close', (code) => {
      if (code === 0) resolve(output);
      else {
        const error = new SampleError(`${options.what} failed (${program} exited with ${code}).`);
        Object.assign(error, { output });
        reject(error);
      }
    });
  });
}

/** The last lines of a failed command's output, for the reader to see why. */
export function outputOf(error: unknown, lines = 15): string {
  const output = typeof error === 'object' && error !== null && 'output' in error ? String(error.output) : '';
  // Without colours (FORCE_COLOR, as test runners set it, makes pip colour its ERROR lines).
  return stripVTControlCharacters(output).trimEnd().split('\n').slice(-lines).join('\n');
}
