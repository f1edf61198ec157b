// npm run new:category -- "Title": starts a category file with one side per service and the next order
// number. Its placeholders are marked TODO, and the build refuses the file until every one is replaced.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug as slugify } from 'github-slugger';
import { ContentErrors, loadGuide } from '../guide/index.ts';
import { displayPath } from '../guide/source.ts';
import { contentFolderError } from '../site/index.ts';
import { layoutIds, reservedAddresses } from '../site/routes.ts';
import { readSettings } from '../site/settings.ts';

const fail = (message: string): never => {
  console.error(`new:category: ${message}`);
  process.exit(1);
};

const title = process.argv.slice(2).join(' ').trim();
if (!title) fail('give the category title, for example: npm run new:category -- "Log retention"');

const settings = readSettings();
const { contentDir } = settings;
const folderError = contentFolderError(settings);
if (folderError) fail(folderError.message);
let guide;
try {
  guide = await loadGuide(contentDir, { layoutIds });
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  fail(`fix the guide first, then add a category.\n${error.message}`);
}
const { services, categories } = guide!;

const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make an address from`);
const reserved = reservedAddresses(process.cwd());
const owner = reserved.guide.get(slug) ?? reserved.site.get(slug);
if (owner) fail(`"/${slug}/" is already used by ${owner}; choose another title`);
const file = join(contentDir, 'categories', `${slug}.mdx`);
if (existsSync(file)) fail(`${displayPath(file)} already exists`);

const order = Math.max(0, ...categories.map((category) => category.order)) + 1;
const yamlText = (text: string) => JSON.stringify(text);
const glance = services.map((service) => `  ${service.id}: ${yamlText(`TODO: one line on ${title.toLowerCase()} in ${service.name}`)}`).join('\n');
const sides = services.map((service) => `<Side service="${service.id}">\n\nTODO: how ${service.name} handles ${title.toLowerCase()}.\n\n</Side>`).join('\n');

writeFileSync(file, `---\ntitle: ${yamlText(title)}\norder: ${order}\nglance:\n${glance}\n---\n\n<Comparison>\n${sides}\n</Comparison>\n`);
console.log(`Created ${displayPath(file)} (order ${order}, address /${slug}/). Replace every TODO: the build refuses the file until then.`);
