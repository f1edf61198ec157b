/**
 * The guide's other forms, declared once: what each is called and which files it makes. A form made of text
 * (Markdown, llms.txt, JSON) is written after the pages by write.ts, served by the dev server through the
 * routes in src/pages/[...form].*.ts, and its links are checked with the pages'. The PDF is printed from the
 * built pages by Chromium, when the build can (site/pdf-plan.ts). A new form is one entry here plus its own
 * writer; tests/unit/forms-registry.test.ts checks that the addresses it takes are reserved (site/routes.ts)
 * and served with a content type.
 */
import type { GuideSite, Site } from '../site/model.ts';
import { ownRoutes } from '../site/routes.ts';
import { guideData, guideDataJsonSchema } from './guide-data.ts';
import { llmsFull, llmsIndex } from './llms.ts';
import { printGuides } from './pdf.ts';
import { twinPages, twinPath } from './twins.ts';

/** A form made of text files: each file's address under the base path, and what writes it (called once, when written). */
export interface TextForm {
  name: string;
  kind: 'text';
  files(site: Site): Iterable<readonly [string, () => string]>;
}

/** A form printed from the built pages: it writes its files itself and returns their paths. */
export interface PrintedForm {
  name: string;
  kind: 'printed';
  print(site: Site, outDir: string): Promise<string[]>;
}

export type OutputForm = TextForm | PrintedForm;

/** How each file extension is served (by the dev server here; hosts know them). */
export const contentTypes = {
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
} as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A file in every guide's folder (for a single guide, at the site's root). */
const perGuide = (site: Site, name: string, write: (guideSite: GuideSite) => string) =>
  site.guides.map((guideSite) => [`${guideSite.urls.root.slice(site.urls.base.length)}${name}`, () => write(guideSite)] as const);

export const outputForms: OutputForm[] = [
  {
    name: 'Markdown twins (one per page)',
    kind: 'text',
    files: (site) => twinPages(site).map((page) => [twinPath(page.path), () => page.markdown()] as const),
  },
  {
    name: 'guide.json schema',
    kind: 'text',
    files: (site) => [[ownRoutes.dataSchema, () => json(guideDataJsonSchema(site))]],
  },
  {
    name: 'llms.txt',
    kind: 'text',
    // A library also has one of its own, listing its guides.
    files: (site) => [
      ...perGuide(site, ownRoutes.llms, (guideSite) => llmsIndex(site, guideSite)),
      ...(site.library ? [[ownRoutes.llms, () => llmsIndex(site, undefined)] as const] : []),
    ],
  },
  {
    name: 'llms-full.txt',
    kind: 'text',
    files: (site) => [
      ...perGuide(site, ownRoutes.llmsFull, (guideSite) => llmsFull(site, guideSite)),
      ...(site.library ? [[ownRoutes.llmsFull, () => llmsFull(site, undefined)] as const] : []),
    ],
  },
  {
    name: 'guide.json',
    kind: 'text',
    files: (site) => perGuide(site, ownRoutes.data, (guideSite) => json(guideData(site, guideSite))),
  },
  { name: 'PDF', kind: 'printed', print: printGuides },
];

export const textForms = outputForms.filter((form): form is TextForm => form.kind === 'text');
export const printedForms = outputForms.filter((form): form is PrintedForm => form.kind === 'printed');
