import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureFlaskVenv } from '../../scripts/example/python-venv.ts';
import { readReaderEnv } from '../../scripts/example/sample-env.ts';
import { SampleError } from '../../scripts/example/paths.ts';
import { expect, test } from '../support/fixtures.ts';

// What `npm run example` says when it can't run a sample: one line a reader can act on, no stack.
const scriptPath = join(import.meta.dirname, '../../scripts/example.ts');

test('a machine without Python gets one clear line', async ({ makeTempDir }) => {
  const dir = await makeTempDir('sample-nopython-');
  await writeFile(join(dir, 'requirements.txt'), 'flask==3.1.3\n');
  const failure = await ensureFlaskVenv(() => {}, { dir, python: 'python3-not-installed-here' }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(SampleError);
  expect((failure as Error).message).toBe(
    'The Flask sample needs Python 3 with its venv module (python3-not-installed-here -m venv): python3-not-installed-here is not installed (not found on PATH).',
  );
});

test('a package the index does not have gets one clear line naming it', async ({ makeTempDir }) => {
  test.setTimeout(120_000);
  const dir = await makeTempDir('sample-nopackage-');
  await writeFile(join(dir, 'requirements.txt'), 'no-such-package-for-the-guide==1.0\n');
  const failure = await ensureFlaskVenv(() => {}, { dir }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(SampleError);
  const message = (failure as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  expect(message).toMatch(/^The Flask sample's Python packages could not be installed: ERROR: .*no-such-package-for-the-guide/);
});

test('a reader’s .env is checked variable by variable, never echoing a value', async ({ makeTempDir }) => {
  const dir = await makeTempDir('sample-env-');
  const file = join(dir, '.env');
  await writeFile(file, 'LOGTO_ENDPOINT=ftp://tenant\nLOGTO_APP_SECRET=s3cr3t-value-of-the-reader\nBASE_URL=http://localhost:3000/app\n');
  const incomplete = (() => {
    try {
      return readReaderEnv('express', file);
    } catch (error) {
      return error;
    }
  })();
  expect(incomplete).toBeInstanceOf(SampleError);
  const lines = (incomplete as Error).message.split('\n');
  expect(lines[0]).toBe(`${file} is not complete:`);
  expect(lines.slice(1).map((line) => line.split(':')[0]?.trim())).toEqual(['- LOGTO_ENDPOINT', '- LOGTO_APP_ID', '- BASE_URL', '- SESSION_SECRET']);
  expect((incomplete as Error).message).not.toContain('s3cr3t');

  await writeFile(
    file,
    'LOGTO_ENDPOINT=https://your-tenant.logto.app\nLOGTO_APP_ID=abc\nLOGTO_APP_SECRET=s3cr3t\nBASE_URL=http://localhost:3000\nSESSION_SECRET=0123456789abcdef0123\n',
  );
  expect(() => readReaderEnv('express', file)).toThrow(`${file} still holds the example values of LOGTO_ENDPOINT: put in your tenant's.`);
  expect(() => readReaderEnv('express', join(dir, 'missing.env'))).toThrow(`${join(dir, 'missing.env')} does not exist.`);

  await writeFile(
    file,
    'LOGTO_ENDPOINT=https://abc123.logto.app\nLOGTO_APP_ID=abc\nLOGTO_APP_SECRET=s3cr3t\nBASE_URL=http://localhost:3000/\nSESSION_SECRET=0123456789abcdef0123\n',
  );
  expect(readReaderEnv('express', file)).toMatchObject({ LOGTO_ENDPOINT: 'https://abc123.logto.app', BASE_URL: 'http://localhost:3000' });
});

test('npm run example without a sample, or with one that does not exist, says what it takes', async ({ spawnNode }) => {
  for (const args of [[], ['rails'], ['express', 'next']]) {
    const run = spawnNode([scriptPath, ...args], { ...process.env });
    expect(await run.exited, args.join(' ')).toBe(2);
    const [first, , usage] = run.output().stderr.split('\n');
    expect(first, args.join(' ')).toBe('which sample? One of flask, express, next');
    expect(usage).toBe('npm run example -- <flask|express|next> [--local] [--port N] [--env-file FILE]');
  }
  const port = spawnNode([scriptPath, 'express', '--port', 'eighty'], { ...process.env });
  expect(await port.exited).toBe(2);
  expect(port.output().stderr.split('\n')[0]).toBe('--port: must be a number');
});
