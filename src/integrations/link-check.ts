import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, readSite } from '../lib/link-check.ts';

/** After the build, refuses a site with a broken internal link or fragment, and lists external links. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost';
  let reportDir = '.astro';
  return {
    name: 'guidepost:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
        reportDir = fileURLToPath(new URL('.astro/', config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const prefix = base.replace(/\/?$/, '/');
        const files = new Set((readdirSync(root, { recursive: true }) as string[]).map((file) => prefix + relative(root, join(root, file)).split(sep).join('/')));
        const { problems, external } = checkLinks(readSite(root, base), { base, site, files });
        mkdirSync(reportDir, { recursive: true });
        const reportFile = join(reportDir, 'external-links.txt');
        const lines = [...external].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => `${url}\n  linked from ${[...pages].sort().join(', ')}`);
        writeFileSync(reportFile, `External links in the built site (listed, not fetched)\n\n${lines.join('\n')}\n`);
        logger.info(`${external.size} external links, not fetched; listed in ${relative(process.cwd(), reportFile)}`);
        if (problems.length) {
          throw new Error(`Broken internal links (${problems.length}):\n- ${problems.join('\n- ')}`);
        }
        logger.info('every internal link and section anchor resolves');
      },
    },
  };
}
