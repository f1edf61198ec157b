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
  // Its first line names the address; a server that exits first, or prints something else, is a failure
  // that leaves no process behind.
  const first = await Promise.race([
    once(child.stdout, 'data').then(([chunk]) => String(chunk)),
    once(child, 'exit').then(([code]) => `the server exited with ${code} before it printed its address`),
  ]);
  const url = / at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(first)?.[1];
  if (!url) {
    child.kill();
    throw new Error(`the server did not start: ${first}`);
  }
  return { url, close: () => child.kill() };
}
