/**
 * The Vite side of a guide's own images: `virtual:guidepost/images` lists every image file the guides show,
 * each behind an import, so Astro's asset plugin reads its size and emits it with a hashed name, as it does
 * for an image written relative to a Markdown file (see src/components/content/prepare-images.ts).
 */
import type { Plugin } from 'vite';
import { fragmentsOf } from './guide/index.ts';
import { getSite } from './site/index.ts';

const id = 'virtual:guidepost/images';
/** The module's id once resolved, for the dev server to forget it when the content changes. */
export const guideImagesModule = `\0${id}`;
const resolved = guideImagesModule;

export function guideImagesPlugin(): Plugin {
  return {
    name: 'guidepost:images',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(module) {
      if (module !== resolved) return undefined;
      const files = new Set<string>();
      for (const { guide } of getSite().guides) {
        const blocks = [...guide.introduction, ...guide.categories.flatMap((category) => category.body)];
        for (const fragment of blocks.flatMap(fragmentsOf)) for (const file of fragment.images) files.add(file);
      }
      const entries = [...files].sort().map((file) => `  ${JSON.stringify(file)}: () => import(${JSON.stringify(file)}),`);
      return `export default {\n${entries.join('\n')}\n};\n`;
    },
  };
}
