import type { PagefindResultData } from './pagefind.ts';

/**
 * Pagefind's excerpts are HTML with <mark> around the matched words. Only text and <mark> are carried
 * over into the page, so nothing from the index can inject markup.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

const withoutHighlight = (url: string) => url.replace(/\?[^#]*/, '');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** One result: the page (or section), its excerpt, and the sections of it that matched. */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const link = element('a', 'result-title', data.meta.title ?? data.url);
  link.href = data.url;
  const item = element('li', 'result', link, element('p', 'result-excerpt', ...excerptNodes(data.excerpt)));
  const sections = data.sub_results.filter((sub) => withoutHighlight(sub.url) !== withoutHighlight(data.url)).slice(0, 4);
  if (sections.length) {
    const list = element('ul', 'result-sections');
    for (const section of sections) {
      const sectionLink = element('a', '', section.title);
      sectionLink.href = section.url;
      list.append(element('li', '', sectionLink, element('p', 'result-excerpt', ...excerptNodes(section.excerpt))));
    }
    item.append(list);
  }
  return item;
}
