/**
 * Where `/oidc/auth` sends the browser, built as Logto builds it (packages/core/src/oidc/utils.ts):
 * a RELATIVE path on the tenant, `/sign-in?app_id=…`, `/register?app_id=…`, or for direct sign-in
 * `/direct/social/<target>?app_id=…&fallback=sign-in`.
 */

type AuthParams = Readonly<Record<string, unknown>>;

const firstScreenRoutes: Record<string, string> = {
  sign_in: 'sign-in',
  signIn: 'sign-in',
  register: 'register',
  signUp: 'register',
  reset_password: 'forgot-password',
  'identifier:sign_in': 'identifier-sign-in',
  'identifier:register': 'identifier-register',
  single_sign_on: 'single-sign-on',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function firstScreenOf(params: AuthParams): string {
  const requested = text(params['first_screen']) ?? text(params['interaction_mode']) ?? 'sign_in';
  return firstScreenRoutes[requested] ?? 'sign-in';
}

export function buildLoginPromptUrl(params: AuthParams): string {
  const search = new URLSearchParams();
  const appId = text(params['client_id']);
  if (appId) search.append('app_id', appId);
  const uiLocales = text(params['ui_locales']);
  if (uiLocales) search.append('ui_locales', uiLocales);
  const loginHint = text(params['login_hint']);
  if (loginHint) search.append('login_hint', loginHint);

  const firstScreen = firstScreenOf(params);
  const directSignIn = text(params['direct_sign_in']);
  const query = () => (search.size > 0 ? `?${search.toString()}` : '');
  if (directSignIn) {
    search.append('fallback', firstScreen);
    const [method = '', target = ''] = directSignIn.split(':');
    return `/${['direct', method, target].filter(Boolean).map(encodeURIComponent).join('/')}${query()}`;
  }
  return `/${firstScreen}${query()}`;
}

export function buildConsentPromptUrl(params: AuthParams): string {
  const appId = text(params['client_id']);
  return appId ? `/consent?${new URLSearchParams({ app_id: appId }).toString()}` : '/consent';
}
