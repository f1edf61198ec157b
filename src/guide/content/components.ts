/**
 * The components guide content may use, declared once. <Comparison> and <Side> are a category's shape
 * (plugins/remark-comparison.ts checks them, src/components/comparison renders them). Every other component
 * is a list the build fills in from guide.yaml: its entry below says where it may be placed and what its
 * items are, and every form shows those items alike (the page, the Markdown twin, search, the PDF), so a new
 * list is one entry here. Editors learn the names from mdx-components.d.ts, which reads this registry.
 */
import type { GuideMeta } from '../schemas/guide.ts';
import type { GuideFileContext } from './context.ts';

type FileKind = GuideFileContext['kind'];

/** One item of a list component: a name in bold (a link when `href` is given), a sentence, and maybe a nested list. */
export interface ListItem {
  name: string;
  href?: string | undefined;
  text: string;
  details?: readonly string[] | undefined;
}

export interface ListComponentDeclaration {
  /** The kinds of file that may place it. */
  usedIn: readonly FileKind[];
  /** The class of its list on the page, which its styles key on. */
  className: string;
  /** Its items, from guide.yaml. */
  items: (meta: GuideMeta) => ListItem[];
}

export const listComponents = {
  /** In introduction.mdx: the concerns listed in guide.yaml. */
  ConcernList: {
    usedIn: ['introduction'],
    className: 'concerns',
    items: (meta) => meta.concerns.map((concern) => ({ name: concern.name, text: concern.description })),
  },
  /** In introduction.mdx: the services of guide.yaml, with their summaries and key features. */
  ServiceList: {
    usedIn: ['introduction'],
    className: 'services',
    items: (meta) => meta.services.map((service) => ({ name: service.name, href: service.docs, text: service.summary, details: service.features })),
  },
} as const satisfies Record<string, ListComponentDeclaration>;

export type ListComponent = keyof typeof listComponents;

const listNames = Object.keys(listComponents) as ListComponent[];
const placedIn = (kind: FileKind) => listNames.filter((name) => (listComponents[name].usedIn as readonly FileKind[]).includes(kind));

/** The components each kind of file may use. */
export const componentsFor: Record<FileKind, readonly string[]> = { category: ['Comparison', 'Side', ...placedIn('category')], introduction: placedIn('introduction') };

/** The items a list component shows, for every renderer. */
export const listItems = (name: ListComponent, meta: GuideMeta): ListItem[] => listComponents[name].items(meta);
