/**
 * A category page's outline: its sections in reading order, each with the id a link names, its heading and
 * its level. This is the one place a category's sections are listed: the decision rules are checked against
 * it, the links written in content too, and the page's contents list and guide.json show it.
 */
import type { LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import type { Block } from './content/document.ts';
import type { Fragment } from './content/fragment.ts';
import type { CategoryFrontmatter } from './schemas/category.ts';
import type { Service } from './schemas/guide.ts';

/** The language a heading is shown in: the guide site's (its `language.code`); the source's, English, when not given. */
type In = LanguageCode | undefined;

export interface OutlineEntry {
  depth: number;
  id: string;
  text: string;
}

/**
 * The sections a category's frontmatter adds under its comparison, in this order: each is one line of
 * Markdown in a field, shown under its own heading by the page, the Markdown twin, search, guide.json and
 * the PDF, all of which read this list. A new one is its field in schemas/category.ts plus one entry here,
 * and its heading in every interface catalogue (`outline.<field>`, src/i18n/ui).
 */
export const fieldSections = [{ field: 'summary', id: 'summary' }] as const satisfies readonly {
  field: keyof CategoryFrontmatter;
  id: string;
}[];

export type SectionField = (typeof fieldSections)[number]['field'];
/** A field section with its heading in one language. */
export type FieldSection = (typeof fieldSections)[number] & { text: string };

const headed = new Map<LanguageCode, FieldSection[]>();

/** The field sections with their headings in `language`, made once per language. */
function fieldSectionsIn(language: In = 'en'): FieldSection[] {
  let sections = headed.get(language);
  if (!sections) headed.set(language, (sections = fieldSections.map((section) => ({ ...section, text: uiStrings(language).outline[section.field] }))));
  return sections;
}

/** The field sections a category fills, each with its Markdown and its heading in `language`, in reading order. */
export const filledSections = (category: Partial<Record<SectionField, string | undefined>>, language?: In) =>
  fieldSectionsIn(language).flatMap((section) => {
    const markdown = category[section.field];
    return markdown ? [{ section, markdown }] : [];
  });

/** A service's name, or its id when the guide does not know it (a message then says so elsewhere). */
export const serviceName = (services: readonly Pick<Service, 'id' | 'name'>[], id: string) => services.find((service) => service.id === id)?.name ?? id;

/** The parts of a category its outline is made of. */
export interface Outlined extends Partial<Record<SectionField, string | undefined>> {
  body: Block[];
}

/**
 * A category page's sections in reading order: prose headings, each side (by service name) with its own, the
 * field sections (headed in `language`), the notes.
 */
export function categoryOutline(category: Outlined, services: readonly Pick<Service, 'id' | 'name'>[], language?: In): OutlineEntry[] {
  const headings = (fragment: Fragment) => fragment.headings.map(({ depth, id, text }) => ({ depth, id, text }));
  const entries = category.body.flatMap((block): OutlineEntry[] => {
    if (block.kind === 'prose') return headings(block.fragment);
    if (block.kind === 'comparison')
      return block.sides.flatMap((side) => [{ depth: 2, id: side.service, text: serviceName(services, side.service) }, ...headings(side.fragment)]);
    return [];
  });
  const notes = category.body.flatMap((block) => (block.kind === 'footnotes' ? headings(block.fragment) : []));
  const fields = filledSections(category, language).map(({ section }) => ({ depth: 2, id: section.id, text: section.text }));
  return [...entries, ...fields, ...notes];
}

/** The ids a link to the category's page may name after its #. */
export const categorySections = (category: Outlined) => categoryOutline(category, []).map((entry) => entry.id);

/**
 * A reference to a category or one of its sections, as decision rules cite them ("log-retention#cloudtrail"),
 * with the name a link to it shows: the category's title, then the section's heading ("Log retention: AWS CloudTrail"),
 * a field section's in `language`.
 */
export function citation(
  reference: string,
  categories: readonly (Outlined & { slug: string; title: string })[],
  services: readonly Pick<Service, 'id' | 'name'>[],
  language?: In,
): { slug: string; section: string | undefined; name: string } {
  const [slug = '', section] = reference.split('#');
  const category = categories.find((candidate) => candidate.slug === slug);
  const heading = section && category ? categoryOutline(category, services, language).find((entry) => entry.id === section)?.text : undefined;
  return {
    slug,
    section: section || undefined,
    name: [category?.title ?? slug, heading ?? (section ? serviceName(services, section) : undefined)].filter(Boolean).join(': '),
  };
}
