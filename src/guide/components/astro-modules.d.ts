/**
 * For `tsc`, which does not read `.astro` files (astro check types them itself): a `.ts` module that
 * imports a component (mdx-components.ts) sees it as a component factory.
 */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
