import { html as honoHtml, raw } from 'hono/html';

/**
 * The template layer of the tenant's pages and the Naver mock's: an escaping tagged template. Every
 * value put into `html`…`` is escaped (`& < > " '`, as before) unless it is itself markup made here;
 * the only way to put other text in unescaped is `trustedHtml`, whose callers the template test lists.
 *
 * hono's `html` helper does the escaping (hono's HTML helper alone, not its server): typed, no
 * dependencies, the same five entities as before, and rules that suit pages written as TypeScript
 * functions: arrays are joined, each item escaped; `false`, `null` and `undefined` render nothing, so
 * `${condition && html`…`}` works. A tagged template rather than a view engine (ejs, eta) keeps each
 * page's data type-checked. Only this file imports hono.
 */

/** Markup made by `html` or `trustedHtml`: put into `html` again, it is kept as it is. */
export type Html = ReturnType<typeof raw>;

/** What a template accepts: text and numbers (escaped), markup, lists of these, and nothing. */
export type Interpolation = string | number | Html | false | null | undefined | readonly Interpolation[];

export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  const markup = honoHtml(strings, ...values);
  // hono's helper answers a Promise only when given one; the types above admit none.
  if (markup instanceof Promise) throw new TypeError('a page template was given a Promise');
  return markup;
}

/**
 * The one way to put text into a page unescaped. Only for markup or CSS the code itself wrote (or
 * oidc-provider's own form): never for anything a request, a config or a user supplied.
 */
export function trustedHtml(markup: string): Html {
  return raw(markup);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` as `\u` escapes, so no value
 * can end the element or start a comment in it.
 */
export function scriptJson(value: unknown): Html {
  const json = JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return trustedHtml(json);
}
