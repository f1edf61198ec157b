/**
 * The images of a guide's own folder as the built site serves them: address, size and sizes to choose
 * from, as Astro's asset pipeline made them (prepare-images.ts, while pages render). Kept on globalThis,
 * as the site model is, so the Markdown twins written after the pages link the same files.
 */
export interface GuideImageAsset {
  src: string;
  width: number;
  height: number;
  srcset: string | undefined;
}

const storeKey = Symbol.for('guidepost.images');
const holder = globalThis as { [storeKey]?: Map<string, GuideImageAsset> };

export const imageStore = (): Map<string, GuideImageAsset> => (holder[storeKey] ??= new Map());

/** The built image for a file of the guide's folder; the page prepared it before rendering its prose. */
export function guideImage(file: string): GuideImageAsset {
  const asset = imageStore().get(file);
  if (!asset) throw new Error(`Guidepost: the image ${file} was not prepared before its prose was rendered (prepareImages)`);
  return asset;
}
