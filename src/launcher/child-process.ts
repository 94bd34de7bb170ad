/**
 * A process this code started and must stop: what it printed (the end of it, for the message that says
 * why it did not start), whether it has exited, and a stop that always ends it (SIGTERM, then SIGKILL once
 * the grace period is over, so a server stuck in its shutdown can't leave a process behind).
 */
import { spawn, type ChildProcess } from 'node:child_process';

/**
 * - `inherit`: it writes to this process's terminal (colours and all); nothing is kept.
 * - `keep`: piped and kept, not shown (what a test or a bench reads, or quotes when it fails).
 * - `forward`: kept, and written on to this process's stdout and stderr as it arrives.
 */
export type ProcessOutput = 'inherit' | 'keep' | 'forward';

export interface StartProcessOptions {
  args?: readonly string[];
  /** Its whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Default `keep`. */
  output?: ProcessOutput;
  /** How much of what it printed is kept, from the end, per stream (default 16 000 characters). */
  keepChars?: number;
  /** How messages name it (default: the command and its first argument). */
  name?: string;
}

export interface ProcessOutputText {
  stdout: string;
  stderr: string;
  /** Both, in the order they arrived. */
  all: string;
}

export interface RunningProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code once it has exited and its output is read (null: a signal ended it). */
  readonly exited: Promise<number | null>;
  hasExited(): boolean;
  /** What it printed so far (empty with `inherit`). */
  output(): ProcessOutputText;
  /** The last `lines` lines it wrote to stderr. */
  stderrTail(lines?: number): string;
  /** Once it has exited: one line saying how, then the end of its stderr. Undefined while it runs. */
  exitReport(): string | undefined;
  /** Its exit code once it has exited (null: a signal ended it, or it could not be started). */
  exitCode(): number | null | undefined;
  /** SIGTERM unless it has exited, SIGKILL after `graceMs` (default 15 s); resolves once it is gone. */
  stop(graceMs?: number): Promise<void>;
}

const defaultKeepChars = 16_000;
const defaultGraceMs = 15_000;

/**
 * Every process started here that is still running. Should this process end without stopping them (an
 * uncaught error, a test worker that exits), they are killed on its way out: nothing started here
 * outlives it, unless it is itself killed with SIGKILL.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `command` with `options.args`. */
export function startProcess(command: string, options: StartProcessOptions = {}): RunningProcess {
  const { args = [], env = process.env, output = 'keep', keepChars = defaultKeepChars } = options;
  const name = options.name ?? [command, args[0]].filter(Boolean).join(' ');
  const child = spawn(command, [...args], {
    env,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    stdio: output === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const kept: ProcessOutputText = { stdout: '', stderr: '', all: '' };
  const keep = (stream: 'stdout' | 'stderr', forwardTo: NodeJS.WriteStream) => (chunk: Buffer) => {
    const text = chunk.toString();
    kept[stream] = (kept[stream] + text).slice(-keepChars);
    kept.all = (kept.all + text).slice(-2 * keepChars);
    if (output === 'forward') forwardTo.write(chunk);
  };
  child.stdout?.on('data', keep('stdout', process.stdout));
  child.stderr?.on('data', keep('stderr', process.stderr));

  const stderrTail = (lines = 20) => kept.stderr.trim().split('\n').slice(-lines).join('\n');

  let ended: { code: number | null; signal: NodeJS.Signals | null; error?: Error } | undefined;
  const exited = new Promise<number | null>((resolve) => {
    // 'close' comes after 'exit' once the output is read to the end; a command that could not be
    // started at all (ENOENT) reports 'error' instead.
    child.once('close', (code, signal) => {
      ended ??= { code, signal };
      resolve(code);
    });
    child.once('error', (error) => {
      if (child.pid !== undefined) return;
      running.delete(child);
      ended ??= { code: null, signal: null, error };
      resolve(null);
    });
  });

  return {
    name,
    child,
    exited,
    hasExited: () => ended !== undefined || child.exitCode !== null || child.signalCode !== null,
    output: () => ({ ...kept }),
    stderrTail,
    exitCode: () => ended?.code,
    exitReport() {
      if (!ended) return undefined;
      const how = ended.error
        ? `could not be started (${ended.error.message})`
        : ended.signal
          ? `was ended by ${ended.signal}`
          : `exited with code ${ended.code}`;
      const tail = stderrTail();
      return tail ? `${name} ${how}:\n${tail}` : `${name} ${how}`;
    },
    async stop(graceMs = defaultGraceMs) {
      if (ended === undefined && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      await exited;
    },
  };
}

/** Runs the Node script at the path `entry` with the Node running this code. */
export function startNode(entry: string, options: StartProcessOptions = {}): RunningProcess {
  return startProcess(process.execPath, { ...options, args: [entry, ...(options.args ?? [])], name: options.name ?? entry });
}
