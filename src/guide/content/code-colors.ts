/**
 * Code colours that the Content-Security-Policy allows. Shiki writes each token's colours as an inline
 * `style` (`--shiki-light:#cf222e;--shiki-dark:#ff7b72`), which style-src 'self' forbids. This transformer
 * turns them into classes named after the colour (`sl-cf222e sd-ff7b72`), and codeColorsCss() writes a rule
 * for every colour the two themes can give, read from the themes themselves: the stylesheet is the same
 * whatever the guide's code: one file, /code-colors.css, linked by the pages that show code.
 */
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import type { ShikiTransformer } from 'shiki';

export const codeThemes = { light: githubLight, dark: githubDark } as const;

const variants = { light: 'sl', dark: 'sd' } as const;
const styles = { 'font-style': { italic: 'i' }, 'font-weight': { bold: 'b' } } as const;

const hex = (color: string) => color.replace(/^#/, '').toLowerCase();

/** `--shiki-light:#CF222E;--shiki-dark-font-style:italic` → ["sl-cf222e", "sd-i"]. */
function classesOf(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const match = /^\s*--shiki-(light|dark)(?:-(font-style|font-weight))?\s*:\s*(\S+)\s*$/.exec(declaration);
    if (!match) continue;
    const prefix = variants[match[1] as keyof typeof variants];
    const property = match[2] as keyof typeof styles | undefined;
    if (!property) classes.push(`${prefix}-${hex(match[3]!)}`);
    else {
      const short = (styles[property] as Record<string, string>)[match[3]!];
      if (short) classes.push(`${prefix}-${short}`);
    }
  }
  return classes;
}

export const themeClasses: ShikiTransformer = {
  name: 'guidepost:theme-classes',
  pre(node) {
    // The block's background is the site's own (prose.css), in both themes.
    delete node.properties['style'];
  },
  span(node) {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    delete node.properties['style'];
    for (const name of classesOf(style)) this.addClassToHast(node, name);
  },
};

/** A rule for every colour and font style either theme uses. */
export function codeColorsCss(): string {
  const rules: string[] = [];
  for (const [variant, theme] of Object.entries(codeThemes) as [keyof typeof variants, (typeof codeThemes)[keyof typeof codeThemes]][]) {
    const prefix = variants[variant];
    const colors = new Set<string>();
    const foreground = theme.colors?.['editor.foreground'];
    if (foreground) colors.add(hex(foreground));
    for (const token of theme.tokenColors ?? []) if (token.settings?.foreground) colors.add(hex(token.settings.foreground));
    for (const color of [...colors].sort()) rules.push(`.${prefix}-${color}{--shiki-${variant}:#${color}}`);
    rules.push(`.${prefix}-i{--shiki-${variant}-font-style:italic}`, `.${prefix}-b{--shiki-${variant}-font-weight:bold}`);
  }
  return `@layer components {\n${rules.join('\n')}\n}\n`;
}
