// Every renderer shows every section of a category's outline (src/guide/outline.ts): the Markdown twin as a
// heading, search as a section with the same id, guide.json as an entry. A section added to the outline and
// missed by one of them fails here, naming the renderer, the page and the section. (The HTML page is
// checked in the browser: tests/build/real-content.spec.ts and the links tests.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageStore } from '../../src/components/content/guide-images.ts';
import { categoryOutline, fieldSections, fragmentsOf } from '../../src/guide/index.ts';
import { listComponents, listItems, type ListComponent } from '../../src/guide/content/components.ts';
import { footnotesId } from '../../src/guide/content/fragment.ts';
import { guideData } from '../../src/forms/guide-data.ts';
import { twinPages } from '../../src/forms/twins.ts';
import { searchDocuments } from '../../src/search/documents.ts';
import { realGuide } from '../support/content-copy.ts';
import { validate } from '../support/load.ts';

for (const [name, folder] of [
  ['the real guide', realGuide],
  ['the messaging guide', 'tests/fixtures/messaging'],
] as const) {
  describe(`${name}: each renderer shows every section of every category`, async () => {
    const site = await validate(folder);
    const guideSite = site.guides[0]!;
    const { guide } = guideSite;
    // Astro's asset pipeline sizes the guide's images while pages render; here, any size will do.
    for (const block of [...guide.introduction, ...guide.categories.flatMap((category) => category.body)])
      for (const fragment of fragmentsOf(block))
        for (const file of fragment.images) imageStore().set(file, { src: '/image.svg', width: 1, height: 1, srcset: undefined });
    const twins = new Map(twinPages(site).map((page) => [page.path, page]));
    const documents = new Map(searchDocuments(site).map((document) => [document.url, document]));
    const data = guideData(site, guideSite);

    it('the guide fills every field section, so none goes untested', () => {
      for (const section of fieldSections)
        assert.ok(
          guide.categories.some((category) => category[section.field]),
          `no category of ${name} fills "${section.field}"`,
        );
    });

    it('the Markdown twin, as a heading', () => {
      for (const category of guide.categories) {
        const headings = new Set(
          twins
            .get(`${category.slug}/`)!
            .markdown()
            .split('\n')
            .filter((line) => /^#{1,6} /.test(line))
            .map((line) => line.replace(/^#+ /, '').replace(/\\(.)/g, '$1')),
        );
        const markdown = twins.get(`${category.slug}/`)!.markdown();
        for (const entry of categoryOutline(category, guide.services)) {
          // Markdown has its own form for notes: definitions ("[^1]: …") that a reader's renderer heads itself.
          if (entry.id === footnotesId) assert.match(markdown, /^\[\^[^\]]+\]: /m, `${category.slug}.md has no footnote definitions`);
          else assert.ok(headings.has(entry.text), `${category.slug}.md has no heading "${entry.text}" (section #${entry.id})`);
        }
      }
    });

    it('search, as a section with the same id', () => {
      for (const category of guide.categories) {
        const document = documents.get(`/${category.slug}/`);
        assert.ok(document, `search has no document for ${category.slug}/`);
        for (const entry of categoryOutline(category, guide.services))
          assert.ok(document.html.includes(` id="${entry.id}"`), `search's ${category.slug}/ has no section #${entry.id} ("${entry.text}")`);
      }
    });

    it('guide.json, with each field section’s own Markdown', () => {
      for (const category of guide.categories) {
        const entry = data.categories.find((candidate) => candidate.slug === category.slug) as Record<string, unknown> | undefined;
        for (const section of fieldSections) assert.equal(entry?.[section.field], category[section.field], `guide.json's ${category.slug} ${section.field}`);
      }
    });

    it('guide.json, as a section entry', () => {
      for (const category of guide.categories) {
        const entry = data.categories.find((candidate) => candidate.slug === category.slug);
        assert.deepEqual(
          entry?.sections.map((section) => section.id),
          categoryOutline(category, guide.services).map((section) => section.id),
          `guide.json's ${category.slug}`,
        );
      }
    });
  });
}

describe('each renderer shows every item of every list component (guide/content/components.ts)', async () => {
  // The messaging guide's introduction places every list the registry declares (checked below), so a
  // component added to the registry and ignored by a renderer fails here, naming the renderer and the item.
  const site = await validate('tests/fixtures/messaging');
  const { guide } = site.guides[0]!;
  const placed = guide.introduction.flatMap((block) => (block.kind === 'component' ? [block.name] : []));
  const home = twinPages(site).find((page) => page.path === '')!;
  const search = searchDocuments(site).find((document) => document.url === '/')!;

  it('the test guide places every list component', () => {
    assert.deepEqual([...placed].sort(), Object.keys(listComponents).sort());
  });
  for (const name of Object.keys(listComponents) as ListComponent[]) {
    const items = listItems(name, guide.meta);
    it(`<${name} />: the Markdown twin and search show each item, its sentence and its details`, () => {
      const markdown = home.markdown();
      for (const item of items) {
        // Each item whole, as its own line: the name (linked when it has an address), then its sentence.
        const title = item.href ? `**[${item.name}](${item.href})**` : `**${item.name}**`;
        assert.ok(markdown.includes(`${title}: ${item.text.slice(0, 30)}`), `index.md lacks the line of ${item.name} in <${name} />`);
        assert.ok(search.text.includes(`${item.name}: ${item.text.slice(0, 30)}`), `search's home lacks the line of ${item.name} in <${name} />`);
        for (const detail of item.details ?? []) {
          assert.ok(markdown.includes(detail), `index.md lacks "${detail}" of <${name} />`);
          assert.ok(search.text.includes(detail.replace(/\.$/, '')), `search's home lacks "${detail}" of <${name} />`);
        }
      }
    });
  }
});
