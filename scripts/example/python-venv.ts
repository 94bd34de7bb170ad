import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLock } from './lock.ts';
import { fingerprint, pythonSdkReference, SampleError, sampleDir } from './paths.ts';
import { outputOf, runCommand } from './run-command.ts';

/** The venv's Python, which runs the sample. */
export const venvPython = join(sampleDir('flask'), '.venv', 'bin', 'python');

// Fail fast where PyPI can't be reached (pip's default is five retries with back-off, per package).
const pipFlags = ['--disable-pip-version-check', '--retries', '0', '--timeout', '15'];

/** requirements.txt without the SDK's line: what the fallback installs before adding the SDK's source. */
function requirementsWithoutLogto(dir: string): string[] {
  return readFileSync(join(dir, 'requirements.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '' && !/^logto\b/i.test(line));
}

/**
 * The Flask sample's virtualenv (examples/flask/.venv, where a reader makes theirs): `pip install -r
 * requirements.txt`; where PyPI does not have (or can't be reached for) `logto`, the rest of the
 * requirements, the SDK's own dependencies from its pyproject.toml, and the SDK's source from
 * ../shared/reference/logto-python-sdk put on the venv's path with a .pth file. Made once per
 * requirements.txt; returns how the SDK got there.
 */
export async function ensureFlaskVenv(
  log: (line: string) => void,
  /** Another app folder and Python (the tests' broken setups); by default examples/flask and python3. */
  options: { dir?: string; python?: string } = {},
): Promise<'pypi' | 'reference'> {
  const dir = options.dir ?? sampleDir('flask');
  const venv = join(dir, '.venv');
  const stampFile = join(venv, '.installed-from');
  const python = join(venv, 'bin', 'python');
  const wanted = fingerprint(dir, ['requirements.txt']);
  const current = (): 'pypi' | 'reference' | undefined => {
    if (!existsSync(stampFile) || !existsSync(python)) return undefined;
    const [hash, source] = readFileSync(stampFile, 'utf8').split(' ');
    return hash === wanted && (source === 'pypi' || source === 'reference') ? source : undefined;
  };
  const done = current();
  if (done) return done;
  return withLock(`venv-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`, async () => {
    const again = current();
    if (again) return again;
    log('Making the Flask sample\'s virtualenv (examples/flask/.venv, once)…');
    rmSync(venv, { recursive: true, force: true });
    const python3 = options.python ?? 'python3';
    await runCommand(python3, ['-m', 'venv', venv], { cwd: dir, what: `The Flask sample needs Python 3 with its venv module (${python3} -m venv)` });
    const pip = join(venv, 'bin', 'pip');
    let source: 'pypi' | 'reference' = 'pypi';
    try {
      await runCommand(pip, ['install', ...pipFlags, '-r', 'requirements.txt'], { cwd: dir, what: 'pip install -r requirements.txt' });
    } catch (error) {
      if (!/\blogto\b/.test(outputOf(error, 5))) throw packagesMissing(error);
      source = 'reference';
      log('`logto` is not on the package index here: using the SDK source in ../shared/reference/logto-python-sdk.');
      await installFromReference(dir, python, pip);
    }
    writeFileSync(stampFile, `${wanted} ${source}`);
    return source;
  });
}

async function installFromReference(dir: string, python: string, pip: string): Promise<void> {
  if (!existsSync(join(pythonSdkReference, 'logto', '__init__.py'))) {
    throw new SampleError(`The Logto Python SDK is neither on the package index nor in ${pythonSdkReference}.`);
  }
  // The SDK's own dependencies, read from its pyproject.toml by the venv's Python (tomllib, 3.11+).
  const read = `import sys, tomllib; print("\\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))`;
  const dependencies = (
    await runCommand(python, ['-c', read, join(pythonSdkReference, 'pyproject.toml')], { cwd: dir, what: 'Reading the SDK\'s dependencies' })
  )
    .split('\n')
    .filter(Boolean);
  try {
    await runCommand(pip, ['install', ...pipFlags, ...requirementsWithoutLogto(dir), ...dependencies], { cwd: dir, what: 'pip install' });
  } catch (error) {
    throw packagesMissing(error);
  }
  const sitePackages = (
    await runCommand(python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], { cwd: dir, what: 'Finding site-packages' })
  ).trim();
  writeFileSync(join(sitePackages, 'logto-sdk-reference.pth'), `${pythonSdkReference}\n`);
}

function packagesMissing(error: unknown): SampleError {
  const why = outputOf(error, 40)
    .split('\n')
    .filter((line) => /^ERROR:/.test(line))
    .at(-1);
  return new SampleError(`The Flask sample's Python packages could not be installed: ${why ?? (error instanceof Error ? error.message : String(error))}`);
}
