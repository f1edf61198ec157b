import type GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import { ContentError } from '../errors.ts';
import type { SourceFile } from '../source.ts';
import type { LanguageCode } from '../../i18n/languages.ts';

/**
 * What the guide's own remark plugins need to know about the file they check, carried on the vfile
 * (`file.data.guide`), so one frozen processor serves every file of every guide.
 */
export interface GuideFileContext {
  source: SourceFile;
  /** The language the file's page is in: the interface words compiled into its content are in it. */
  language: LanguageCode;
  /** Which components this kind of file may use. */
  kind: 'category' | 'introduction';
  /** The guide's services in guide.yaml order; unknown when guide.yaml could not be read. */
  serviceIds: string[] | undefined;
  /** One slugger per page, already holding the ids of the page's own structure (see pageSlugger). */
  slugger: GithubSlugger;
  /** The shallowest heading allowed in prose outside a comparison. */
  minDepth: number;
  /** The guide's folder, against which `../images/x.svg` and other relative files are found. */
  guideDir: string;
  /**
   * In a translation: the source file's heading ids, in the order they come. A heading at the same place
   * takes the same id, when the file has as many headings as its source, so an address naming a section
   * leads to it in every language (and the language picker keeps the reader there).
   */
  inheritedIds?: readonly string[] | undefined;
  /** Where an example quoted in a message comes from: this guide's own pages and services. */
  examples: { page: string; service: string | undefined };
  errors: ContentError[];
}

declare module 'vfile' {
  interface DataMap {
    guide: GuideFileContext;
  }
}

type Positioned = { position?: { start: { line: number; column: number } } | undefined } | undefined;

export function contextOf(file: VFile): GuideFileContext {
  const context = file.data.guide;
  if (!context) throw new Error('Guidepost: a guide content plugin ran on a file without its context (file.data.guide)');
  return context;
}

/** Records a mistake at `node`, in the house form: file:line:column, field, what is wrong, what to write. */
export function fail(context: GuideFileContext, node: Positioned, field: string, problem: string, expected: string): void {
  const place = { file: context.source.shown, line: node?.position?.start.line, column: node?.position?.start.column };
  context.errors.push(new ContentError(place, field, problem, expected, context.source.path));
}
