import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: number;
  /** Bookmarks, depth-first, with their level from 1. */
  outline: { title: string; level: number }[];
  /** The text of each page. */
  text: string[];
  /** Whether the PDF is tagged (has a structure tree for assistive technology). */
  tagged: boolean;
  title: string | undefined;
  /** Links per page: to a place in the document, or to an address. */
  links: { internal: number; external: string[] };
}

/** Reads what the tests check of a PDF: pages, bookmarks, text, tags, links. */
export async function readPdf(data: Uint8Array): Promise<PdfSummary> {
  const document = await getDocument({ data, verbosity: 0 }).promise;
  const outline: PdfSummary['outline'] = [];
  const walk = (items: { title: string; items: unknown[] }[] | null, level: number) => {
    for (const item of items ?? []) {
      outline.push({ title: item.title, level });
      walk(item.items as { title: string; items: unknown[] }[], level + 1);
    }
  };
  walk(await document.getOutline(), 1);
  const text: string[] = [];
  const links: PdfSummary['links'] = { internal: 0, external: [] };
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    text.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link') continue;
      if (annotation.url) links.external.push(annotation.url);
      else if (annotation.dest) links.internal++;
    }
  }
  const markInfo = await document.getMarkInfo();
  const { info } = (await document.getMetadata()) as { info: { Title?: string } };
  const summary = { pages: document.numPages, outline, text, tagged: Boolean(markInfo?.Marked), title: info.Title, links };
  await document.destroy();
  return summary;
}
