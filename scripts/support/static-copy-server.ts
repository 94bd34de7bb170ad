/**
 * bench:load's yardstick: the guide page's bytes served from memory by a bare node:http server, the
 * cheapest a page can be. `node static-copy-server.ts <index.html> <port>`; brotli from `<index.html>.br`
 * when the client accepts it.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: static-copy-server.ts <index.html> <port>');
const raw = readFileSync(file);
const br = readFileSync(`${file}.br`);

createServer((request, response) => {
  const useBr = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(useBr ? { 'Content-Encoding': 'br' } : {}) });
  response.end(useBr ? br : raw);
}).listen(Number(port), '127.0.0.1');
