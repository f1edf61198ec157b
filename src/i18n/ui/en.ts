/**
 * The interface in English, the catalogue every other language follows: each word a page, a form or search
 * shows that is not the guide's own content. Other catalogues are typed `UiStrings`, so a missing or extra
 * string fails the type check (npm test runs it).
 */
export const en = {
  /** Words of the page frame: skip link, header, footer. */
  frame: {
    skipToContent: 'Skip to content',
    guideNavigation: 'Guide',
    categories: 'Categories',
    gettingStarted: 'Getting started',
    history: 'History',
    rssFeed: 'RSS feed',
    lastUpdated: 'Last updated',
    /** The footer's independence notice; `vendors` is "AWS" or "AWS or Microsoft". */
    independent: (vendors: string) =>
      `An independent guide built with Guidepost. It is not affiliated with, sponsored by or endorsed by ${vendors}; service names are used only to identify the services compared.`,
    /** Joins the last two names of a list: "A, B or C". */
    or: 'or',
    feedTitle: (guide: string) => `${guide}: document history`,
    markdownTwin: 'This page as Markdown',
  },
  /** The language picker and what a translated page says about itself. */
  languages: {
    picker: 'Language',
    /** On a translated page whose text is still the source's. */
    notTranslated: (language: string) => `This page is not translated yet; it is shown in its original language (${language}).`,
    /** On a translated page whose source changed since it was translated. */
    stale: 'The original of this page has changed since it was translated, so this translation may be out of date.',
    readSource: (language: string) => `Read the original (${language})`,
  },
  /** Section headings the site's own pages give a guide (ids in src/site/sections.ts). */
  sections: {
    introduction: 'Introduction',
    glance: 'At a glance',
    recommendation: 'Recommendation',
    rules: 'How the recommendation is made',
    gettingStarted: 'Getting started',
    history: 'Document history',
  },
};

export type UiStrings = typeof en;
