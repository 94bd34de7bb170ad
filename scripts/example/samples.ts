import type { SampleId } from '../../src/lib/local-tenant-defaults.ts';
import { ensureNextBuild } from './next-build.ts';
import { ensureNodeModules } from './npm-deps.ts';
import { sampleDir } from './paths.ts';
import { ensureFlaskVenv, venvPython } from './python-venv.ts';

export interface SampleCommand {
  program: string;
  args: string[];
  cwd: string;
  /** Set on top of the sample's environment. */
  env?: Record<string, string>;
}

interface SampleRunner {
  /** Its name for people. */
  label: string;
  /** Installs (and builds) what the sample needs, once; quick when already done. */
  prepare(log: (line: string) => void): Promise<void>;
  /** How a reader starts it, on `port`. */
  command(port: number): SampleCommand;
}

/** How each sample is prepared and started: the same commands its README and the guide give a reader. */
export const sampleRunners: Record<SampleId, SampleRunner> = {
  flask: {
    label: 'Flask',
    prepare: async (log) => {
      await ensureFlaskVenv(log);
    },
    command: (port) => ({
      program: venvPython,
      args: ['-m', 'flask', '--app', 'app', 'run', '--port', String(port)],
      cwd: sampleDir('flask'),
      // Unbuffered, so its log lines arrive as they happen.
      env: { PYTHONUNBUFFERED: '1' },
    }),
  },
  express: {
    label: 'Express',
    prepare: (log) => ensureNodeModules('express', log),
    command: () => ({ program: process.execPath, args: ['app.js'], cwd: sampleDir('express') }),
  },
  next: {
    label: 'Next.js',
    prepare: async (log) => {
      await ensureNodeModules('next', log);
      await ensureNextBuild(log);
    },
    command: (port) => ({
      program: process.execPath,
      args: ['node_modules/next/dist/bin/next', 'start', '--port', String(port), '--hostname', 'localhost'],
      cwd: sampleDir('next'),
      env: { NEXT_TELEMETRY_DISABLED: '1' },
    }),
  },
};
