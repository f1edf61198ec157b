// Serves a built site the way a static host would: files from dist under the base path, directory
// URLs to their index.html, and the site's own 404 page for anything else. Loopback only.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: process.env.GUIDEPOST_DIST ?? 'dist' },
  },
});
const root = resolve(values.dir);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let inside: string;
  try {
    inside = normalize(decodeURIComponent(pathname.slice(base.length)));
  } catch {
    return undefined; // A malformed %-escape names no file.
  }
  if (inside.startsWith('..')) return undefined;
  for (const candidate of [join(root, inside), join(root, inside, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there; try the next form.
    }
  }
  return undefined;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // A directory URL without its slash would break relative links: send the reader to the canonical form.
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  response.writeHead(status, { 'content-type': types[extname(body)] ?? 'application/octet-stream' });
  createReadStream(body).on('error', () => response.end('Not found')).pipe(response);
});

// Port 0 takes any free port; the address printed is the one to open (tests read it from here).
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`Guidepost: serving ${root} at http://127.0.0.1:${port}${base}  (Ctrl+C to stop)`);
});
