// What a reader's browser downloads on a first visit to one page: the HTML, its stylesheets and the
// scripts it loads at start-up with their static imports, each gzip-compressed as a server would send it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstVisit {
  html: number;
  css: number;
  js: number;
  total: number;
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function firstVisit(dist: string, page: string, base = '/'): FirstVisit {
  const html = readFileSync(join(dist, page), 'utf8');
  const local = (href: string) => join(dist, href.slice(base.length));
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, [, href = '']) => sum + gzipped(local(href)), 0);
  const seen = new Set<string>();
  const visit = (file: string): number => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports load with the module; dynamic import() waits until the reader asks for it.
    const imports = [...code.matchAll(/\bimport\s*(?:[\w*{}\s,]+from\s*)?["'](\.\/[^"']+)["']/g)].map(([, path = '']) => join(file, '..', path));
    return gzipped(file) + imports.reduce((sum, path) => sum + visit(path), 0);
  };
  const external = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].reduce((sum, [, src = '']) => sum + visit(local(src)), 0);
  // Inline scripts travel inside the HTML; they are counted there and again, alone, in the JavaScript figure.
  const inlineCode = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, code = '']) => code).join('\n');
  const inline = inlineCode ? gzipSync(inlineCode, { level: 9 }).length : 0;
  const htmlBytes = gzipSync(html, { level: 9 }).length;
  return { html: htmlBytes, css, js: external + inline, total: htmlBytes + css + external };
}
