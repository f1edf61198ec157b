// What the tests expect, read straight from the content files (not through the generator), so a
// generator bug cannot make its own expectations agree with it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const contentDir = resolve(import.meta.dirname, '../../content');

export interface ExpectedCategory {
  slug: string;
  title: string;
  order: number;
  glance: Record<string, string>;
  summary?: string;
}

export function readGuide(dir = contentDir) {
  const guide = parse(readFileSync(join(dir, 'guide.yaml'), 'utf8')) as {
    title: string;
    services: { id: string; name: string; shortName: string }[];
  };
  const categories = readdirSync(join(dir, 'categories'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file): ExpectedCategory => {
      const text = readFileSync(join(dir, 'categories', file), 'utf8');
      const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as Omit<ExpectedCategory, 'slug'> & { slug?: string };
      return { ...frontmatter, slug: frontmatter.slug ?? file.replace(/\.mdx$/, '') };
    })
    .sort((a, b) => a.order - b.order);
  const resources = parse(readFileSync(join(dir, 'resources.yaml'), 'utf8')) as { service: string; title: string; url: string }[];
  const history = parse(readFileSync(join(dir, 'history.yaml'), 'utf8')) as { change: string; description: string; date: string }[];
  return { guide, categories, resources, history };
}

export interface ExpectedDecision {
  title: string;
  questions: { id: string; text: string; answers: { id: string; label: string }[] }[];
  rules: { when: Record<string, string | string[]>; recommend?: string[]; because: string; cites: string[] }[];
}

export function readDecision(dir = contentDir): ExpectedDecision {
  return parse(readFileSync(join(dir, 'decision.yaml'), 'utf8')) as ExpectedDecision;
}

/** The languages a guide is translated into: its folders i18n/<code>/. */
export function translations(dir = contentDir): string[] {
  const folder = join(dir, 'i18n');
  return existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
}

/**
 * Every page a reader can reach, as paths relative to the site's base: the guide's, then the same pages of
 * each translation under /<code>/ (a translation has every page; what it lacks shows the source's text).
 */
export function allPages(dir = contentDir): string[] {
  const { categories } = readGuide(dir);
  const pages = ['', 'getting-started/', 'history/', 'whole-guide/', 'search/', 'decide/', ...categories.map((category) => `${category.slug}/`)];
  return [...pages, ...translations(dir).flatMap((code) => pages.map((path) => `${code}/${path}`))];
}

/** The language of a page's path from allPages(): its first segment when that is a translation's code. */
export const languageOfPath = (path: string, dir = contentDir) => translations(dir).find((code) => path.startsWith(`${code}/`)) ?? 'en';

/**
 * Interface words each language's pages must show, written here rather than read from the generator's
 * catalogues, so a mistake there shows as a failure.
 */
export const interfaceWords: Record<string, { independence: RegExp; markdownTwin: string; skip: string; sectionLink: (section: string) => string }> = {
  en: {
    independence: /not affiliated with.*Amazon Web Services/s,
    markdownTwin: 'This page as Markdown',
    skip: 'Skip to content',
    sectionLink: (section) => `Link to the section “${section}”`,
  },
  de: {
    independence: /keiner Verbindung zu.*Amazon Web Services/s,
    markdownTwin: 'Diese Seite als Markdown',
    skip: 'Zum Inhalt springen',
    sectionLink: (section) => `Link zum Abschnitt „${section}“`,
  },
  ar: {
    independence: /Guidepost/,
    markdownTwin: 'هذه الصفحة بتنسيق Markdown',
    skip: 'انتقل إلى المحتوى',
    sectionLink: (section) => `رابط إلى القسم «${section}»`,
  },
};
