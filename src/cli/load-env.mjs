// Loaded with `node --import` by the npm scripts that read settings: the project's .env, when there is one,
// without overriding what the shell already set (as `node --env-file` would). Node's own
// --env-file-if-exists prints ".env not found. Continuing without it." on every run of a project without
// one, which is most of them: a line nobody needs to act on. Plain JavaScript, like require-node.mjs.
import { existsSync } from 'node:fs';

if (existsSync('.env')) process.loadEnvFile('.env');
