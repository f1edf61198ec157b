import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHeadersFile } from '../../src/hosting/headers.ts';
import { serveSite } from '../support/serve.ts';

// What a host gets from the build (dist/_headers, the nginx and Caddy recipes) and what the preview server
// does with it. The site is the one npm test built (dist/).
const projectRoot = resolve(import.meta.dirname, '../..');
const dist = join(projectRoot, process.env['GUIDEPOST_DIST'] ?? 'dist');
const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];

test('the headers file holds the pages’ own policy, with frame-ancestors, and the security headers', () => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const site = new Map(rules.find((rule) => rule.path === '/*')?.headers);
  const page = metaPolicy(readFileSync(join(dist, 'log-retention/index.html'), 'utf8'));
  expect(page, 'the page declares a policy').toBeTruthy();
  expect(site.get('Content-Security-Policy')).toBe(`${page!.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
  for (const hash of page!.match(/'sha256-[^']+'/g) ?? []) expect(site.get('Content-Security-Policy')).toContain(hash);
  // Every inline script of every kind of page runs under the header, which applies before any <meta> is read.
  for (const path of ['index.html', 'log-retention/index.html', 'search/index.html', 'decide/index.html', 'whole-guide/index.html', '404.html']) {
    const html = readFileSync(join(dist, path), 'utf8');
    for (const [, code = ''] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(site.get('Content-Security-Policy'), `the inline script ${code.slice(0, 40)}… of ${path}`).toContain(
        `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
      );
    }
  }
  expect(site.get('X-Content-Type-Options')).toBe('nosniff');
  expect(site.get('Referrer-Policy')).toBeTruthy();
  expect(new Map(rules.find((rule) => rule.path === '/_astro/*')?.headers).get('Cache-Control')).toContain('immutable');
});

test('the preview server sends those headers, reads only, and keeps every address on its own host', async () => {
  const server = await serveSite(dist);
  try {
    const page = await fetch(`${server.url}log-retention/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const post = await fetch(server.url, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    const head = await fetch(`${server.url}log-retention/`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    for (const sneaky of ['/.//search', '//log-retention/', '/%2e%2e/%2e%2e/etc/passwd', '/_headers']) {
      const response = await fetch(`${server.url.replace(/\/$/, '')}${sneaky}`, { redirect: 'manual' });
      expect(response.status, sneaky).toBe(404);
    }
    const slashless = await fetch(`${server.url}log-retention`, { redirect: 'manual' });
    expect([slashless.status, slashless.headers.get('location')]).toEqual([301, '/log-retention/']);
  } finally {
    server.close();
  }
});

test('the preview server refuses a link that leads out of the site folder', async () => {
  const site = mkdtempSync(join(tmpdir(), 'guidepost-site-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
  const outside = mkdtempSync(join(tmpdir(), 'guidepost-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(join(outside, 'secret.txt'), join(site, 'secret.txt'));
  mkdirSync(join(site, 'inside'));
  writeFileSync(join(site, 'inside', 'ok.txt'), 'ok');
  symlinkSync(join(site, 'inside', 'ok.txt'), join(site, 'alias.txt'));
  const server = await serveSite(site);
  try {
    expect((await fetch(`${server.url}secret.txt`)).status).toBe(404);
    expect(await (await fetch(`${server.url}alias.txt`)).text()).toBe('ok');
  } finally {
    server.close();
  }
});

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

test('the nginx recipe passes nginx -t and serves the site with its headers', async () => {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
  test.skip(!nginx, 'nginx is not installed here (.ci/run installs it on Debian)');
  const work = mkdtempSync(join(tmpdir(), 'guidepost-nginx-'));
  const headers = spawnSync(process.execPath, ['src/cli/headers.ts', 'nginx'], { cwd: projectRoot, encoding: 'utf8' });
  expect(headers.status, headers.stderr).toBe(0);
  writeFileSync(join(work, 'guidepost-headers.conf'), headers.stdout);
  const port = await freePort();
  const site = readFileSync(join(projectRoot, 'deploy/nginx.conf'), 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('/usr/share/nginx/html', dist)
    .replace('/etc/nginx/guidepost-headers.conf', join(work, 'guidepost-headers.conf'));
  writeFileSync(
    join(work, 'nginx.conf'),
    // Run as root, nginx hands requests to workers running as "nobody", who cannot read a project in a
    // private folder (mktemp -d makes them): the workers run as the user running the tests.
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;\npid ${work}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${work};\n  proxy_temp_path ${work};\n  fastcgi_temp_path ${work};\n  uwsgi_temp_path ${work};\n  scgi_temp_path ${work};\n${site}\n}\n`,
  );
  const check = spawnSync(nginx!, ['-t', '-c', join(work, 'nginx.conf'), '-p', work], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  const running = spawn(nginx!, ['-c', join(work, 'nginx.conf'), '-p', work], { stdio: 'ignore' });
  try {
    let page: Response | undefined;
    for (let attempt = 0; attempt < 50 && !page; attempt++)
      page = await fetch(`http://127.0.0.1:${port}/log-retention/`).catch(() => new Promise<undefined>((done) => setTimeout(done, 100)));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await fetch(`http://127.0.0.1:${port}/no-such-page/`)).status).toBe(404);
    // The Markdown twins and llms.txt read as text in a browser.
    expect((await fetch(`http://127.0.0.1:${port}/log-retention.md`)).headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect((await fetch(`http://127.0.0.1:${port}/llms.txt`)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect((await fetch(`http://127.0.0.1:${port}/`, { method: 'POST' })).status).toBe(405);
  } finally {
    running.kill();
  }
});

test('the preview server lets go of a client that trickles its request, or says nothing, within ten seconds', async () => {
  const server = await serveSite(dist);
  const { port } = new URL(server.url);
  const closedAfter = (trickle: boolean) =>
    new Promise<number>((done) => {
      const opened = Date.now();
      const socket = connect(Number(port), '127.0.0.1');
      const timer = setInterval(() => trickle && !socket.destroyed && socket.write('X'), 500);
      socket.on('connect', () => trickle && socket.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: '));
      socket.on('error', () => {});
      // Read whatever comes, so the server's closing is seen.
      socket.resume();
      socket.on('close', () => {
        clearInterval(timer);
        done(Date.now() - opened);
      });
    });
  try {
    const [slow, silent] = await Promise.all([closedAfter(true), closedAfter(false)]);
    expect(slow).toBeLessThanOrEqual(10_500);
    expect(silent).toBeLessThanOrEqual(10_500);
  } finally {
    server.close();
  }
});
