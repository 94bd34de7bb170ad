import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedReference } from '../support/shared-reference.ts';

/**
 * The Flask sample (examples/flask/app.py, the one file the guide's Python comes from), checked against
 * the Logto Python SDK's real source (../shared/reference/logto-python-sdk beside the checkout) by
 * tests/support/check_python_sdk_usage.py, which reads both with Python's `ast`. The sample's e2e test
 * runs it too; this names the exact SDK mistake (an argument, an await) when one creeps in.
 */
const checker = resolve(import.meta.dirname, '../support/check_python_sdk_usage.py');
const flaskApp = readFileSync(resolve(import.meta.dirname, '../../examples/flask/app.py'), 'utf8');

interface Snippet {
  group: string;
  name: string;
  code: string;
}
interface Problem {
  snippet: string;
  line: number;
  message: string;
}

function check(snippets: Snippet[]): Problem[] {
  const output = execFileSync('python3', [checker, sharedReference('logto-python-sdk')], { input: JSON.stringify(snippets), encoding: 'utf8' });
  return JSON.parse(output) as Problem[];
}

/** A client as the guide builds it, so each bad snippet below differs from a good one by one mistake. */
const setup = `
from logto import LogtoClient, LogtoConfig, Storage, UserInfoScope
class SessionStorage(Storage):
    def get(self, key): return None
    def set(self, key, value): pass
    def delete(self, key): pass
client = LogtoClient(LogtoConfig(endpoint="https://t.example", appId="a"), storage=SessionStorage())
`;

function one(code: string): string[] {
  return check([{ group: 'probe', name: 'probe', code: setup + code }]).map((p) => p.message);
}

test.describe('the guide’s Python snippets against the Python SDK', () => {
  test('the Flask sample uses only what the SDK has, and awaits its coroutines', () => {
    const problems = check([{ group: 'flask', name: 'examples/flask/app.py', code: flaskApp }]);
    expect(problems.map((p) => `${p.snippet}, line ${p.line}: ${p.message}`)).toEqual([]);
  });

  test('the sample does reach the SDK: the client, its config and its coroutines are seen', () => {
    // The same file with every `await` taken out: if the checker did not see the sample's calls, this
    // would pass silently too.
    const messages = check([{ group: 'flask', name: 'app.py', code: flaskApp.replaceAll('await ', '') }]).map((p) => p.message);
    for (const method of ['signIn', 'handleSignInCallback', 'signOut', 'fetchUserInfo']) {
      expect(messages, method).toContain(`LogtoClient.${method}() is a coroutine (async def): it must be awaited`);
    }
  });

  test('a good snippet passes', () => {
    expect(one('async def f():\n    return await client.signIn(redirectUri="http://localhost:3000/callback")\n')).toEqual([]);
  });

  test('a wrong keyword argument fails', () => {
    expect(one('async def f():\n    return await client.signIn(redirect_uri="http://localhost:3000/callback")\n')).toContain(
      'LogtoClient.signIn() has no keyword argument redirect_uri',
    );
    expect(one('LogtoConfig(endpoint="e", appId="a", app_secret="s")\n')).toContain('LogtoConfig has no field app_secret');
  });

  test('a missing await fails, and so does awaiting a plain method', () => {
    expect(one('async def f():\n    return client.handleSignInCallback("http://x/callback")\n')).toContain(
      'LogtoClient.handleSignInCallback() is a coroutine (async def): it must be awaited',
    );
    expect(one('async def f():\n    return await client.isAuthenticated()\n')).toContain(
      'LogtoClient.isAuthenticated() is a plain method: awaiting its result fails',
    );
  });

  test('an unknown enum member, method or import fails', () => {
    expect(one('scopes = [UserInfoScope.emails]\n')).toContain('UserInfoScope has no member emails');
    expect(one('from logto.models.oidc import DirectSignInOptionMethod\nm = DirectSignInOptionMethod.naver\n')).toContain(
      'DirectSignInOptionMethod has no member naver',
    );
    expect(one('async def f():\n    return await client.fetchUserInfos()\n')).toContain('LogtoClient has no method fetchUserInfos');
    expect(one('from logto import DirectSignInOption\n')).toContain('logto has no name DirectSignInOption');
  });

  test('a value a Literal parameter does not allow fails', () => {
    expect(one('async def f():\n    return await client.signIn(redirectUri="u", interactionMode="register")\n')).toContain(
      "LogtoClient.signIn(): interactionMode='register' is not one of 'signIn', 'signUp'",
    );
  });

  test('a Storage subclass that misses an abstract method fails', () => {
    const messages = check([
      { group: 'g', name: 'g', code: 'from logto import Storage\nclass Half(Storage):\n    def get(self, key): return None\n' },
    ]).map((p) => p.message);
    expect(messages).toEqual(['Half does not implement Storage.set()', 'Half does not implement Storage.delete()']);
  });
});
