/**
 * Astro middleware (its pieces in src/middleware/), outermost first: every on-demand response is
 * compressed as a whole (compress.ts); the anonymous panel is handed to the production server's
 * short-lived copy (anonymous-panel.ts); the endpoints that make the server fetch are rate-limited
 * (rate-limit.ts).
 */
import { sequence } from 'astro:middleware';
import { anonymousPanel } from './middleware/anonymous-panel.ts';
import { compress } from './middleware/compress.ts';
import { rateLimit } from './middleware/rate-limit.ts';

export const onRequest = sequence(compress, anonymousPanel, rateLimit);
