/**
 * What real Logto answered, per version the local tenant plays: 1.37.1 (../shared/reference/
 * real-logto-shapes.json) and 1.42.0 (real-logto-1.42/real-logto-shapes.json), the same shape. Hosts
 * differ from the tenant's, so `withEndpoint` puts the tenant's endpoint where the record has its own.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { LogtoVersion } from '../../src/local-tenant/config/logto-version.ts';
import { sharedReference } from './shared-reference.ts';

const recordedAnswer = z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: z.unknown() });

const recordedShapesSchema = z.object({
  endpoint: z.string(),
  discovery: recordedAnswer.extend({ body: z.record(z.string(), z.unknown()) }),
  jwks: z.object({
    status: z.number(),
    headers: z.record(z.string(), z.string()),
    keys: z.array(z.object({ kty: z.string(), crv: z.string(), alg: z.string(), use: z.string(), members: z.array(z.string()) })),
  }),
  signIn: z.object({
    idToken: z.object({ header: z.record(z.string(), z.string()), claimNames: z.array(z.string()), lifetimeSeconds: z.number() }),
    userinfo: z.object({
      get: recordedAnswer.extend({ body: z.record(z.string(), z.unknown()) }),
      bogusToken: recordedAnswer,
      noToken: recordedAnswer,
    }),
  }),
  token: z.object({ bogusCode_rightSecret_basic: recordedAnswer }),
});
export type RecordedShapes = z.infer<typeof recordedShapesSchema>;

const files: Record<LogtoVersion, string[]> = {
  '1.37': ['real-logto-shapes.json'],
  '1.42': ['real-logto-1.42', 'real-logto-shapes.json'],
};

export function recordedShapes(version: LogtoVersion): RecordedShapes {
  return recordedShapesSchema.parse(JSON.parse(readFileSync(sharedReference(...files[version]), 'utf8')));
}

/** A recorded value with the record's endpoint replaced by `endpoint` (deeply, in every string). */
export function withEndpoint<T>(recorded: RecordedShapes, value: T, endpoint: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll(recorded.endpoint, endpoint)) as T;
}
