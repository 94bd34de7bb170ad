import { randomBytes } from 'node:crypto';
import type { NaverMockApp, NaverMockUser } from './config.ts';

/**
 * On a public sandbox, visitors never meet each other: each browser gets its own copy of the mock's
 * test accounts, keyed by a random visitor tag the mock keeps in a cookie. A copy's Naver id is the
 * account's id and the tag (`<id>.<tag>`), its email the account's with `+<tag>` (Naver's own mail
 * ignores what follows `+`), so the tenant keeps one visitor's users apart from another's by that tag
 * (users/user-store.ts). On a LOCAL tenant there is no tag: everyone shares the fixed test accounts.
 */

/** The mock's cookie that names the browser's visitor tag. */
export const visitorCookieName = 'nid_sandbox_visitor';

/** 16 bytes, base64url: never guessed, never shown to another visitor. */
const tagPattern = /^[\w-]{22}$/;

export function newVisitorTag(): string {
  return randomBytes(16).toString('base64url');
}

export function isVisitorTag(value: string | undefined): value is string {
  return value !== undefined && tagPattern.test(value);
}

/** `name@domain` as the visitor's copy: `name+<tag>@domain`. */
export function visitorEmail(email: string, tag: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}+${tag}${email.slice(at)}`;
}

/** The visitor's copy of a test account. */
export function visitorAccount(user: NaverMockUser, tag: string): NaverMockUser {
  return { ...user, id: `${user.id}.${tag}`, email: visitorEmail(user.email, tag) };
}

/** The test account a (copy's) id names, and the visitor's tag when it is a copy. */
export function splitVisitorId(id: string): { baseId: string; tag: string | undefined } {
  const dot = id.lastIndexOf('.');
  const tag = dot === -1 ? undefined : id.slice(dot + 1);
  return isVisitorTag(tag) ? { baseId: id.slice(0, dot), tag } : { baseId: id, tag: undefined };
}

/** Whether an account (or a visitor's copy of it) is one of an app's members (멤버관리 › 테스터 ID). */
export function isAppMember(app: Pick<NaverMockApp, 'members'>, id: string): boolean {
  return app.members.includes(splitVisitorId(id).baseId);
}

/** The account behind an id the mock issued, copied for its visitor when the id is a copy's. */
export function accountById(users: readonly NaverMockUser[], id: string): NaverMockUser | undefined {
  const { baseId, tag } = splitVisitorId(id);
  const user = users.find((candidate) => candidate.id === baseId);
  return user && tag ? visitorAccount(user, tag) : user;
}
