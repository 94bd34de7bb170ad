/**
 * Fetches one of this site's HTML fragments (an SDK tab's code, a panel part) for a script to put in the
 * page. Only an HTML answer from the URL asked is taken: a redirect (a login wall, a proxy's error page)
 * or any other type of answer throws, so nothing but the fragment the site wrote lands in the page. It is
 * parsed in a <template>, where no script runs and nothing loads until it is in the document; inline
 * handlers in it would still be refused by the CSP, which allows no inline script.
 */
export async function fetchHtmlFragment(src: string): Promise<DocumentFragment> {
  const response = await fetch(src, { credentials: 'same-origin', redirect: 'error', headers: { accept: 'text/html' } });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.startsWith('text/html')) throw new Error(`${src} answered ${response.status} ${type}`);
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  return template.content;
}
