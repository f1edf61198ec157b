// npm run build's entry. It sets up the process, then loads the build (build-site.ts): a module's static
// imports load before its first line runs, so only what is imported after the compile cache is on is kept.
import { enableCompileCache } from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Node keeps the compiled code of the build, Astro and their tools between builds (in the system's temporary
// folder): about 0.1 s of every build is compiling and type-stripping the project's own modules alone. Worker
// threads (the search index's) take the same folder from the environment.
const { directory } = enableCompileCache();
if (directory) process.env['NODE_COMPILE_CACHE'] ??= directory;

// Memory (tests/bench/RESULTS.md, "Memory and Starlight, side by side"): at 1,000 categories these two settings
// lower the build's peak from about 740 to 625 MiB for about 3% more time. V8 grows its heap by 30% at a
// time instead of its default factor (set before anything large is allocated: V8 reads it as the heap
// grows). Rolldown, Vite's bundler, is native code whose allocator (mimalloc) keeps freed memory a while
// before giving it back; it gives it back at once (read when Astro loads Rolldown, during the build; a value
// set by the caller is kept). Tried and not kept: V8's --optimize-for-size (510 MiB, but 50% slower).
// A third setting is in package.json's build script, since V8 reads it only when Node starts:
// --max-semi-space-size=16 keeps the heap's nursery at 16 MiB a half instead of Node 24's 64 (about 665 to
// 550 MiB at 1,000 categories, as fast in alternating runs). The tests and the benchmark start builds with it too
// (tests/support/build-command.ts); `node src/cli/build.ts` without it builds the same site.
setFlagsFromString('--heap-growing-percent=30');
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';

await import('./build-site.ts');
