/**
 * Logto's maskEmail (@logto/shared), as its account-linking page shows the related account: the first four
 * characters of the name when it is longer, then `****@domain`. Runs in the browser (served type-stripped
 * as /assets/mask-email.js).
 */
export function maskEmail(email: string): string {
  const [name = '', domain = ''] = email.split('@');
  const preview = name.length > 4 ? name.slice(0, 4) : '';
  return `${preview}****@${domain}`;
}
