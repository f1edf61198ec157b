// Runs first in every npm script. Plain JavaScript on purpose: the other scripts are TypeScript, which an
// older Node cannot even read, and would fail with a stack trace instead of this one line.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const supported = (major === 22 && minor >= 22) || (major === 24 && minor >= 8) || major >= 25;
if (!supported) {
  console.error(
    `Guidepost needs Node.js 22.22+ or 24.8+ (this is ${process.versions.node}): run \`nvm install\` (it reads .nvmrc) or get it from https://nodejs.org/.`,
  );
  process.exit(1);
}
