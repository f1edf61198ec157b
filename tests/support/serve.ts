// Serves a built site on a free loopback port for the length of a test, with the project's own server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const serveScript = resolve(import.meta.dirname, '../../src/cli/serve.ts');

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

export async function serveSite(dir: string, basePath = '/') {
  const port = await freePort();
  const child = spawn(process.execPath, [serveScript, '--port', String(port), '--dir', dir], {
    env: { ...process.env, BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  if (!chunk.toString().includes('serving')) throw new Error(`server did not start: ${chunk}`);
  return {
    url: `http://127.0.0.1:${port}${basePath.replace(/\/?$/, '/')}`,
    close: () => child.kill(),
  };
}
