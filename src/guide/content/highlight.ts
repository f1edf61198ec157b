/**
 * Code highlighting, done once when the guide is read, with Shiki through Astro's own rehype plugin (the
 * one @astrojs/mdx uses). Both themes are in every block, as classes the stylesheet reads (code-colors.ts:
 * the site's Content-Security-Policy forbids Shiki's inline styles), so the reader's theme picks the colours
 * without a second copy of the code.
 */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import { bundledLanguagesInfo } from 'shiki';
import { codeThemes, themeClasses } from './code-colors.ts';

export const shikiConfig: Partial<ShikiConfig> = {
  // The "default" GitHub themes: their comments keep 4.5:1 contrast on their backgrounds, as axe requires.
  themes: { light: codeThemes.light, dark: codeThemes.dark },
  // No theme is the default: the stylesheet chooses by the reader's theme.
  defaultColor: false,
  // Neither wrap nor Astro's inline overflow style: the block's region scrolls (prose.css).
  wrap: null,
  transformers: [themeClasses],
};

const names = new Map<string, string>();
for (const info of bundledLanguagesInfo) {
  for (const id of [info.id, ...(info.aliases ?? [])]) names.set(id, info.name);
}
names.set('plaintext', 'Text');
names.set('text', 'Text');
names.set('txt', 'Text');
names.set('sh', 'Shell');
names.set('bash', 'Bash');

/** "yaml" → "YAML": the name a code block's header shows. */
export const languageName = (language: string) => names.get(language.toLowerCase()) ?? language;
