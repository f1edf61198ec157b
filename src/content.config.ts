import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema } from './schemas/category.ts';
import { decisionSchema } from './schemas/decision.ts';
import { guideSchema } from './schemas/guide.ts';
import { historyEntrySchema } from './schemas/history.ts';
import { resourceSchema } from './schemas/resource.ts';
import { contentRoot, decisionFile } from './lib/paths.ts';
import { yamlFile } from './lib/yaml-loader.ts';
import { displayPath } from './lib/display-path.ts';

const categoriesDir = join(contentRoot, 'categories');

export const collections = {
  guide: defineCollection({ loader: yamlFile(join(contentRoot, 'guide.yaml'), { shape: 'record' }), schema: guideSchema }),
  // Ids are file paths, so every schema error names the file the author has to open.
  categories: defineCollection({
    loader: glob({ base: categoriesDir, pattern: '*.mdx', generateId: ({ entry }) => displayPath(join(categoriesDir, entry)) }),
    schema: categorySchema,
  }),
  introduction: defineCollection({
    loader: glob({ base: contentRoot, pattern: 'introduction.mdx', generateId: ({ entry }) => displayPath(join(contentRoot, entry)) }),
  }),
  resources: defineCollection({ loader: yamlFile(join(contentRoot, 'resources.yaml'), { shape: 'list' }), schema: resourceSchema }),
  // Optional: a guide without decision.yaml simply has no "Which do I need?" page.
  decision: defineCollection({ loader: yamlFile(decisionFile, { shape: 'record', optional: true }), schema: decisionSchema }),
  history: defineCollection({ loader: yamlFile(join(contentRoot, 'history.yaml'), { shape: 'list' }), schema: historyEntrySchema }),
};
