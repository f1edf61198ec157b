// Serves a built site on a free loopback port with the project's own server, for as long as a test needs it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const serveScript = resolve(import.meta.dirname, '../../src/cli/serve.ts');

export async function serveSite(dir: string, basePath = '/') {
  const child = spawn(process.execPath, [serveScript, '--port', '0', '--dir', dir], {
    env: { ...process.env, BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  const url = / at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(chunk.toString())?.[1];
  if (!url) throw new Error(`the server did not start: ${chunk}`);
  return { url, close: () => child.kill() };
}
