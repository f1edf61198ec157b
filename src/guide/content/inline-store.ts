/**
 * Short fields compiled when the guide was read (inline.ts), looked up by their Markdown. Pages read them
 * from here, a module with no imports, so the page bundle never loads the Markdown toolchain a second time;
 * the store is on globalThis, as the site model is, because Astro renders pages in a module graph of its own.
 */
export interface InlineText {
  html: string;
  text: string;
}

const storeKey = Symbol.for('guidepost.inline');
const holder = globalThis as { [storeKey]?: Map<string, InlineText> };

export const inlineStore = (): Map<string, InlineText> => (holder[storeKey] ??= new Map());

/** A short field as HTML and text; compiled with the guide (see compileShortFields in src/guide/index.ts). */
export function inlineOf(markdown: string): InlineText {
  const known = inlineStore().get(markdown);
  if (!known) throw new Error(`Guidepost: the short field "${markdown.slice(0, 40)}" was not compiled with the guide`);
  return known;
}
