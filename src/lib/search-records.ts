/**
 * Pagefind filters whole pages, but a reader who filters by service wants the sections about that
 * service. Every `<section data-service="…">` of a built page therefore also becomes a search record
 * of its own, pointing at the section's anchor. Pure string work on our own templates' output, so it
 * stays fast for a thousand pages.
 */
import { textOf } from './html-text.ts';

export interface SectionRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const sectionStart = /<section\b[^>]*\sdata-service="([^"]+)"[^>]*>/g;
const headingBlock = /<div class="heading[^"]*">[\s\S]*?<\/div>/g;

/** The end of the element that opens at `from`, counting nested sections. */
function sectionEnd(html: string, from: number): number {
  const tags = /<\/?section\b/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[0] === '<section' ? 1 : -1;
    if (depth === 0) return html.indexOf('>', match.index) + 1;
  }
  return html.length;
}

export function sectionRecords(pageUrl: string, html: string): SectionRecord[] {
  const pageTitle = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const category = /<meta name="guide:category"[^>]* content="([^"]+)"/.exec(html)?.[1];
  const order = /<meta name="guide:order"[^>]* content="([^"]+)"/.exec(html)?.[1];
  const records: SectionRecord[] = [];
  for (const match of html.matchAll(sectionStart)) {
    const [open, service = ''] = match;
    const body = html.slice(match.index + open.length, sectionEnd(html, match.index));
    const id = /\sid="([^"]+)"/.exec(body)?.[1];
    const heading = textOf(/<h[2-4]\b[^>]*>([\s\S]*?)<\/h[2-4]>/.exec(body)?.[1] ?? service);
    if (!id) continue;
    records.push({
      url: `${pageUrl}#${id}`,
      content: textOf(body.replace(headingBlock, ' ')),
      meta: { title: `${pageTitle}: ${heading}`, ...(order ? { order } : {}) },
      filters: { kind: ['section'], service: [service], ...(category ? { category: [category] } : {}) },
    });
  }
  return records;
}
