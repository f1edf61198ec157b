// npm run headers -- nginx | caddy: the headers of the built site (dist/_headers), as configuration for a
// server that does not read that file. Uses BASE_PATH and GUIDEPOST_DIST like the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile, renderCaddy, renderNginx } from '../hosting/headers.ts';
import { readSettings } from '../site/settings.ts';

const { outDir, base } = readSettings();
const format = process.argv[2];
const file = join(outDir, '_headers');
if (format !== 'nginx' && format !== 'caddy') {
  console.error('headers: say which server, for example: npm run headers -- nginx   (or caddy)');
  process.exit(1);
}
if (!existsSync(file)) {
  console.error(`headers: ${file} does not exist; run npm run build first`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(file, 'utf8'));
process.stdout.write(format === 'nginx' ? renderNginx(rules, base) : renderCaddy(rules, base));
