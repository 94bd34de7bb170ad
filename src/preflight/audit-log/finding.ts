/**
 * What the tenant's audit log says about the last sign-in: the one shape the panel keeps (in the
 * attempt's cookie, so zod checks it on the way back), the panel shows and the CLI prints. It holds no
 * value of the log itself beyond an entry's key and a short, pattern-checked evidence code
 * (`HTTPError 401`, `ECONNREFUSED`, `access_denied`, `user.identity_not_exist`).
 */
import { z } from 'zod';
import { diagnosisCodes, type DiagnosisCode } from '../../diagnosis/codes.ts';

/** Why the log could not be read (nothing about the sign-in is known then). */
export const unreadableReasons = ['unreachable', 'credential_refused', 'no_access', 'bad_answer', 'tenant_error'] as const;
export type UnreadableReason = (typeof unreadableReasons)[number];

export const auditLogFindingKinds = ['cause', 'silent', 'unnamed', 'completed', 'no-attempt', 'unreadable'] as const;

const logKey = z.string().max(128).regex(/^[A-Za-z.]+$/);
const evidence = z.string().max(96).regex(/^[\w .:-]+$/);

export const auditLogFindingSchema = z.discriminatedUnion('kind', [
  /** The log names the cause: the entry that failed (its key), and what it logged, reduced to a code. */
  z.object({ kind: z.literal('cause'), cause: z.enum(diagnosisCodes), logKey, evidence, at: z.number() }),
  /** The log doesn't say: the sign-in went to Naver (or stopped on Logto's page) and nothing followed `logKey`. */
  z.object({ kind: z.literal('silent'), logKey, at: z.number() }),
  /** An entry failed in a way the records don't name. */
  z.object({ kind: z.literal('unnamed'), logKey, evidence, at: z.number() }),
  /** Logto finished the sign-in (Interaction.End): what failed came after it, on the way back to the app. */
  z.object({ kind: z.literal('completed'), at: z.number() }),
  /** No entry of a sign-in by this browser since the attempt started. */
  z.object({ kind: z.literal('no-attempt') }),
  z.object({ kind: z.literal('unreadable'), reason: z.enum(unreadableReasons), status: z.number().int().optional() }),
]);
export type AuditLogFinding = z.infer<typeof auditLogFindingSchema>;

export function findingCause(finding: AuditLogFinding): DiagnosisCode | undefined {
  return finding.kind === 'cause' ? finding.cause : undefined;
}
