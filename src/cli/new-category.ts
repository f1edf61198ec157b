// npm run new:category -- "Title": starts a category file with one side per service and the next
// order number, ready to build. The guide is read from GUIDE_CONTENT (default: content).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug as slugify } from 'github-slugger';
import { parse } from 'yaml';
import { reservedSlugs } from '../lib/assemble.ts';
import { displayPath } from '../lib/display-path.ts';
import { contentRoot } from '../lib/paths.ts';

const fail = (message: string): never => {
  console.error(`new:category: ${message}`);
  process.exit(1);
};

const title = process.argv.slice(2).join(' ').trim();
if (!title) fail('give the category title, for example: npm run new:category -- "Log retention"');

const root = contentRoot;
const categoriesDir = join(root, 'categories');
const guide = parse(readFileSync(join(root, 'guide.yaml'), 'utf8')) as { services?: { id: string; name: string }[] };
const services = guide.services ?? fail(`${join(root, 'guide.yaml')} lists no services`);

const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make an address from`);
if (reservedSlugs.has(slug)) fail(`"/${slug}/" is one of the site's own addresses; choose another title`);
const file = join(categoriesDir, `${slug}.mdx`);
if (existsSync(file)) fail(`${displayPath(file)} already exists`);

const orders = readdirSync(categoriesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(categoriesDir, name), 'utf8'))?.[1] ?? 0));
const order = Math.max(0, ...orders) + 1;

const yamlText = (text: string) => JSON.stringify(text);
const glance = services.map((service) => `  ${service.id}: ${yamlText(`One line on ${title.toLowerCase()} in ${service.name}`)}`).join('\n');
const sides = services.map((service) => `<Side service="${service.id}">\n\nHow ${service.name} handles ${title.toLowerCase()}.\n\n</Side>`).join('\n');

writeFileSync(file, `---\ntitle: ${yamlText(title)}\norder: ${order}\nglance:\n${glance}\n---\n\n<Comparison>\n${sides}\n</Comparison>\n`);
console.log(`Created ${displayPath(file)} (order ${order}, address /${slug}/). Fill in the glance lines and each side.`);
