/**
 * Logto's toast (the sign-in page's shared Toast component): one message at the top of the page that
 * fades after about three seconds, as real Logto shows every failed call. It is announced while it is
 * there (role="alert") and is then removed. This file runs in the browser (served type-stripped as
 * /assets/toast.js).
 */

/** How long the toast stays. */
export const toastDurationMs = 3000;

export function showToast(message: string): void {
  document.querySelector('[data-toast]')?.remove();
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'alert');
  toast.setAttribute('data-toast', '');
  toast.textContent = message;
  // Inside the page's landmark (it is fixed at the top of the window all the same).
  (document.querySelector('main') ?? document.body).append(toast);
  setTimeout(() => toast.remove(), toastDurationMs);
}

/** A toast to show on the next page (the callback page sends the reader back to sign-in first, as Logto does). */
const pendingToastKey = 'local-tenant:toast';

export function showToastOnNextPage(message: string): void {
  sessionStorage.setItem(pendingToastKey, message);
}

export function showPendingToast(): void {
  const message = sessionStorage.getItem(pendingToastKey);
  if (message === null) return;
  sessionStorage.removeItem(pendingToastKey);
  showToast(message);
}
