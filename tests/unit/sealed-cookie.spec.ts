import { unwrapSession, wrapSession } from '@logto/node';
import { expect, test } from '@playwright/test';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { seal, unseal } from '../../src/playground/state/sealed-cookie.ts';

const schema = z.object({ steps: z.array(z.string()) });
const value = { steps: ['create-app', 'naver-console'] };

test('a value sealed here opens with @logto/node\'s unwrapSession: the format is wrapSession\'s', async () => {
  const sealed = await seal(value, 'key-one');
  const opened = (await unwrapSession(sealed, 'key-one')) as { z?: string };
  expect(typeof opened.z).toBe('string');
  expect(JSON.parse(inflateRawSync(Buffer.from(opened.z!, 'base64')).toString())).toEqual(value);
  expect(await unwrapSession(sealed, 'key-two')).toEqual({});
});

test('a value sealed by @logto/node\'s wrapSession opens here, and only under its key', async () => {
  const sealed = await wrapSession({ z: deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64') } as never, 'key-one');
  expect(await unseal(sealed, 'key-one', schema)).toEqual(value);
  expect(await unseal(sealed, 'key-two', schema)).toBeUndefined();
});

test('malformed values read as absent, never as an error', async () => {
  const sealed = await seal(value, 'key-one');
  const [body, iv] = sealed.split('.');
  for (const broken of ['', '.', 'abc', `${body}.`, `.${iv}`, `${body}.AAAA`, `${body!.slice(0, 8)}.${iv}`, `${body}.${iv}.extra`]) {
    expect(await unseal(broken, 'key-one', schema), JSON.stringify(broken)).toBeUndefined();
  }
  expect(await unseal(sealed, 'key-one', z.object({ other: z.number() }))).toBeUndefined();
});
