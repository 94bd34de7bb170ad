/**
 * First paint, measured alike for two pages: Chromium (the tests' binary and flags) with the CPU
 * throttled ×4 through CDP, a fresh browser context (no cache) per load, the pages loaded in turn after
 * one warm-up load each; first-contentful-paint and largest-contentful-paint as the page reports them.
 * Numbers to print, never to assert.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../src/launcher/chromium.ts';

export const CPU_SLOWDOWN = 4;

export interface Paints {
  fcp: number[];
  lcp: number[];
}

export async function measurePaints(urls: readonly string[], runs: number): Promise<Paints[]> {
  const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
  const results: Paints[] = urls.map(() => ({ fcp: [], lcp: [] }));
  try {
    const load = async (url: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(url, { waitUntil: 'load' });
      // The last LCP candidate once the page has settled (LCP stops at the first input; there is none).
      const paints = await page.evaluate(
        () =>
          new Promise<{ fcp: number | undefined; lcp: number | undefined }>((resolve) => {
            let lcp: number | undefined;
            new PerformanceObserver((list) => {
              lcp = list.getEntries().at(-1)?.startTime;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, lcp }), 1000);
          }),
      );
      await context.close();
      return paints;
    };
    for (const url of urls) await load(url);
    for (let run = 0; run < runs; run += 1) {
      for (const [index, url] of urls.entries()) {
        const { fcp, lcp } = await load(url);
        if (fcp !== undefined) results[index]?.fcp.push(fcp);
        if (lcp !== undefined) results[index]?.lcp.push(lcp);
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
