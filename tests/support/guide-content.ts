// What the tests expect, read straight from the content files (not through the generator), so a
// generator bug cannot make its own expectations agree with it.
import { readdirSync, readFileSync } from 'node:fs';
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

/** Every page a reader can reach, as paths relative to the site's base. */
export function allPages(dir = contentDir): string[] {
  const { categories } = readGuide(dir);
  return ['', 'getting-started/', 'history/', 'whole-guide/', 'search/', 'decide/', ...categories.map((category) => `${category.slug}/`)];
}
