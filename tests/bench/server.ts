// npm run bench:server: the preview server (src/cli/serve.ts) under load, on the built site: 100 clients at
// once, each asking for pages in turn, and clients that trickle their request a byte at a time or say
// nothing. Writes tests/bench/SERVER.md. A report, not a test (tests/build/hosting.spec.ts tests the rules).
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { Agent, request } from 'node:http';
import { serveSite } from '../support/serve.ts';

const dist = resolve(import.meta.dirname, '../..', process.env['GUIDEPOST_DIST'] ?? 'dist');
const server = await serveSite(dist);
const { port } = new URL(server.url);
const pages = ['', 'log-retention/', 'integration/', 'search/', 'getting-started/', 'no-such-page/', 'pagefind/pagefind.js', '_astro/'];

const clients = 100;
const perClient = 50;
let errors = 0;
const statuses = new Map<number, number>();
const latencies: number[] = [];
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const get = (path: string) =>
  new Promise<void>((done) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port, path: `/${path}`, agent }, (response) => {
      response.resume();
      response.on('end', () => {
        latencies.push(performance.now() - started);
        statuses.set(response.statusCode ?? 0, (statuses.get(response.statusCode ?? 0) ?? 0) + 1);
        done();
      });
    });
    req.on('error', () => {
      errors++;
      done();
    });
    req.end();
  });
const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    for (let index = 0; index < perClient; index++) await get(pages[(client + index) % pages.length]!);
  }),
);
const seconds = (performance.now() - started) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const quantile = (q: number) => latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(1);

/** Opens a connection that sends `bytes` of a request, one a second, and says how long until the server closed it. */
const held = (bytes: string) =>
  new Promise<number>((done) => {
    const opened = performance.now();
    const socket = connect(Number(port), '127.0.0.1');
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < bytes.length && !socket.destroyed) socket.write(bytes[sent++]!);
    }, 1000);
    socket.on('close', () => {
      clearInterval(timer);
      done((performance.now() - opened) / 1000);
    });
    socket.on('error', () => {});
    socket.resume();
  });
const [slow, idle] = await Promise.all([held('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: yes'.repeat(10)), held('')]);
server.close();

const report = `# Preview server under load

Written by \`npm run bench:server\` (tests/bench/server.ts) on ${new Date().toISOString().slice(0, 10)}, on a machine with ${cpus().length} cores, against
\`npm run serve\` on the built site, over loopback.

| measure | result |
| --- | --- |
| ${clients} clients at once, ${perClient} requests each (pages, a missing page, assets, a folder) | ${clients * perClient} requests in ${seconds.toFixed(1)} s, ${((clients * perClient) / seconds).toFixed(0)} a second |
| connection errors | ${errors} |
| answers | ${[...statuses]
  .sort(([a], [b]) => a - b)
  .map(([status, count]) => `${count} × ${status}`)
  .join(', ')} |
| time to answer: median, 95th percentile, slowest | ${quantile(0.5)} ms, ${quantile(0.95)} ms, ${latencies.at(-1)!.toFixed(1)} ms |
| a client sending its request a byte a second is cut off after | ${slow.toFixed(1)} s |
| a client that connects and says nothing is cut off after | ${idle.toFixed(1)} s |
`;
writeFileSync(join(import.meta.dirname, 'SERVER.md'), report);
console.log(report);
