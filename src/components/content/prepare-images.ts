/**
 * Runs a guide's own images through Astro's asset pipeline, as Astro's Markdown does with relative images:
 * each file is imported through a virtual module that the integration writes from the guide (so Vite emits
 * it with a hashed name), then getImage gives its address, dimensions and, for pictures, smaller sizes in
 * WebP. Only for pages: it needs Astro's runtime.
 */
import { getImage } from 'astro:assets';
import images from 'virtual:guidepost/images';
import { imageStore } from './guide-images.ts';

/** The widest an image is shown in a comparison or the prose column; larger files are scaled down. */
const widest = 1200;

export async function prepareImages(files: readonly string[]): Promise<void> {
  const store = imageStore();
  for (const file of files) {
    if (store.has(file)) continue;
    const load = images[file];
    if (!load) throw new Error(`Guidepost: ${file} is not among the guide's images (virtual:guidepost/images)`);
    const source = (await load()).default;
    const vector = source.format === 'svg';
    const width = Math.min(source.width, widest);
    const image = await getImage(vector ? { src: source } : { src: source, width, format: 'webp', widths: [...new Set([Math.round(width / 2), width])] });
    const attributes = image.attributes as { width?: number | string; height?: number | string };
    store.set(file, {
      src: image.src,
      width: Number(attributes.width ?? source.width),
      height: Number(attributes.height ?? source.height),
      srcset: vector ? undefined : image.srcSet.attribute || undefined,
    });
  }
}
