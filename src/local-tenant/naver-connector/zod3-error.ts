import type { z } from 'zod';

type Zod3Issue = { code: string; expected?: string; received?: string; path: (string | number)[]; message: string };

/** zod 3's name for the type of `value` (`null`, `array` and `undefined` are their own). */
function zod3Type(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A failed guard as Logto 1.37 records it. Its connectors run zod 3, whose ZodError serializes as
 * `{"issues":[{"code":"invalid_type","expected":"string","received":"undefined","path":["access_token"],"message":"Required"}],"name":"ZodError"}`:
 * that JSON is the audit log's `ConnectorError: …` and the API's `data`. This tenant runs zod 4, whose issues
 * read otherwise, so its issues are written again in zod 3's words (what zod 3 says for a missing or
 * mistyped value; other issue kinds keep zod 4's code and message).
 */
export class Zod3Error {
  readonly issues: Zod3Issue[];
  readonly name = 'ZodError';

  constructor(error: z.ZodError, input: unknown) {
    this.issues = error.issues.map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      if (issue.code !== 'invalid_type') return { code: issue.code, path, message: issue.message };
      const received = zod3Type(valueAt(input, issue.path));
      return {
        code: 'invalid_type',
        expected: issue.expected,
        received,
        path,
        message: received === 'undefined' ? 'Required' : `Expected ${issue.expected}, received ${received}`,
      };
    });
  }
}
