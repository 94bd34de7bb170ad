/**
 * Astro middleware (its pieces in src/middleware/), outermost first: every on-demand response is
 * compressed as a whole (compress.ts); each island render is handed to the production server's
 * short-lived copies (island-render.ts); the endpoints that make the server fetch are rate-limited
 * (rate-limit.ts).
 */
import { sequence } from 'astro:middleware';
import { compress } from './middleware/compress.ts';
import { islandRender } from './middleware/island-render.ts';
import { rateLimit } from './middleware/rate-limit.ts';

export const onRequest = sequence(compress, islandRender, rateLimit);
