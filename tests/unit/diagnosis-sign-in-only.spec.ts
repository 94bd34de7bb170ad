import { expect, test } from '@playwright/test';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { languages } from '../../src/i18n/languages.ts';
import { localizedLogtoPhrase } from '../../src/local-tenant/logto-phrases.ts';
import { fill, pageStrings } from '../../src/local-tenant/pages/strings.ts';

/**
 * "Sign in only" ends on one of two Logto pages (../shared/reference/real-logto-faults.md): with no user
 * of the Naver account's email, the sign-in page and its toast; with one, the account-linking page
 * (`/social/link/<connector id>`). The diagnosis names what each shows, in the words the local tenant's
 * pages use for Logto's, in the reader's language.
 */
for (const lang of languages) {
  test(`sign_in_only (${lang}) covers both the not-registered toast and the account-linking page`, () => {
    const { fix } = diagnosisText(lang, 'sign_in_only');
    const page = pageStrings[lang];
    expect(fix).toContain(localizedLogtoPhrase('user.identity_not_exist', lang));
    expect(fix).toContain(page.bindAccountTitle);
    expect(fix).toContain(fill(page.bindWith, { address: '…' }));
    expect(fix).toContain(page.createAccountWithoutLinking);
  });
}
