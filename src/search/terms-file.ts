/** The contract between the build and the browser's search: the file the one writes and the other reads. */

/** What the build writes to search/terms.json: the words of the guide and its glossary. */
export interface TermsFile {
  /** Indexed word → how many search records hold it. */
  words: Record<string, number>;
  /** Each entry: a term and the other words readers use for it. */
  glossary: string[][];
  /** How many pages the index holds, for weighing how rare a word is. */
  pages: number;
  /** The guide's services: a page's section whose id is a service's (or its resources') belongs to it. */
  services: { id: string; name: string }[];
}
