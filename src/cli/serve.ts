// npm run serve (and npm run preview): serves a built site the way a careful static host would. Only real
// files inside the site folder, GET and HEAD only, directory addresses to their index.html, the site's own
// 404 page, the headers of dist/_headers, and no connection held open by a slow or silent client.
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile, type HeaderRule } from '../hosting/headers.ts';
import { readSettings } from '../site/settings.ts';

const settings = readSettings();
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    dir: { type: 'string', default: settings.outDir },
  },
});
// The folder as the reader named it (dist is a link to the newest build, which each build replaces), so a
// running server serves the new build after \`npm run build\`; its real path is taken per request, so a
// symbolic link that leads out of it is refused, not followed.
const folder = resolve(values.dir);
if (!existsSync(folder)) {
  console.error(`Guidepost: there is no built site in ${values.dir}: run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
  process.exit(1);
}
const realRoot = () => realpathSync(folder);
const { base } = settings;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};
/** The headers of the build being served, read again when a new build replaces it (its scripts' hashes change). */
let loaded: { root: string; rules: HeaderRule[] } | undefined;
function rulesOf(root: string): HeaderRule[] {
  if (loaded?.root !== root) {
    const headersFile = join(root, '_headers');
    loaded = { root, rules: existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [] };
  }
  return loaded.rules;
}

/** The file a path names, if it is a real file inside the site folder. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let inside: string;
  try {
    inside = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined; // A malformed %-escape names no file.
  }
  // "//x", "/./x" and "/a/../x" are not other names for "/x": a static host has one address per file.
  const segments = inside.split('/');
  // _headers is the host's configuration, not part of the site.
  if (
    segments[0] === '_headers' ||
    inside.includes('\0') ||
    segments.some((segment, index) => segment === '.' || segment === '..' || (segment === '' && index !== segments.length - 1))
  )
    return undefined;
  const root = realRoot();
  const candidates = inside === '' || inside.endsWith('/') ? [join(root, inside, 'index.html')] : [join(root, inside), join(root, inside, 'index.html')];
  for (const candidate of candidates) {
    try {
      const real = realpathSync(candidate);
      if ((real === root || real.startsWith(root + sep)) && statSync(real).isFile()) return real;
    } catch {
      // Not there; try the next form.
    }
  }
  return undefined;
}

function send(response: ServerResponse, status: number, pathname: string, file: string | undefined, head: boolean) {
  const fromRoot = `/${pathname.slice(base.length)}`;
  for (const [name, value] of headersFor(rulesOf(realRoot()), fromRoot)) response.setHeader(name, value);
  if (!file) {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not found');
    return;
  }
  response.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
  if (head) response.end();
  else
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
}

// A client that sends its request a byte at a time, or nothing, is let go within ten seconds: Node checks
// the time limits once a second rather than its default of every thirty.
const server = createServer(
  { headersTimeout: 8_000, requestTimeout: 9_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 },
  (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Only GET and HEAD');
      return;
    }
    const head = request.method === 'HEAD';
    let pathname: string;
    try {
      // Parsed against a fixed origin: "//other.host/x" is a path here, never another host.
      pathname = new URL(`http://site${(request.url ?? '/').startsWith('/') ? '' : '/'}${request.url ?? '/'}`).pathname;
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    // A directory address without its slash would break relative links: send the reader to the canonical
    // form, a path on this same host.
    if (!pathname.endsWith('/') && !extname(pathname) && !pathname.startsWith('//') && fileFor(`${pathname}/`)) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const file = fileFor(pathname);
    const notFound = join(folder, '404.html');
    send(response, file ? 200 : 404, pathname, file ?? (existsSync(notFound) ? notFound : undefined), head);
  },
);

server.setTimeout(9_000, (socket) => socket.destroy());

// Port 0 takes any free port; the address printed is the one to open (tests read it from here).
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  // The folder as the reader knows it (dist), not the timestamped build it links to.
  const shown = relative(process.cwd(), folder) || '.';
  console.log(`Guidepost: serving ${shown.startsWith('..') ? folder : shown} at http://127.0.0.1:${port}${base}  (Ctrl+C to stop)`);
});
