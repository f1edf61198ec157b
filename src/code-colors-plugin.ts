/** `virtual:guidepost/code-colors.css`: the code colours' stylesheet (src/guide/content/code-colors.ts), bundled with the pages' CSS. */
import type { Plugin } from 'vite';
import { codeColorsCss } from './guide/content/code-colors.ts';

const id = 'virtual:guidepost/code-colors.css';
const resolved = `\0${id}`;

export function codeColorsPlugin(): Plugin {
  return {
    name: 'guidepost:code-colors',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (module) => (module === resolved ? codeColorsCss() : undefined),
  };
}
