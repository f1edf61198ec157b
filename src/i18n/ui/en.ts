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
  /*
   * A sentence with links in it is a function of the links (`<T>(link: T) => …`): the component passes its
   * elements in and renders the parts, so each language places them where its word order needs them.
   */
  /** The colour theme picker (ThemePicker.astro). */
  theme: {
    label: 'Colour theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  /** Words of the page frame not in `frame`: Base.astro, ExternalLink.astro. */
  layout: {
    /** A library's feed: the changes of all its guides. */
    libraryFeedTitle: (library: string) => `${library}: what changed in every guide`,
    /** Said to screen readers after the text of a link to another site, with its leading space. */
    externalSite: ' (external site)',
  },
  /** The page's other forms, at its end (PageForms.astro); its Markdown link is `frame.markdownTwin`. */
  pageForms: {
    copyMarkdown: 'Copy as Markdown',
    pdf: 'The whole guide as a PDF',
  },
  /** What the copy buttons and self-links say once clicked (CopyLinks.astro). */
  copy: {
    /** A heading with no text of its own, in `linkCopied`. */
    thisSection: 'this section',
    linkCopied: (section: string) => `Link to “${section}” copied`,
    codeCopied: 'The code is copied',
    markdownCopied: 'The page’s Markdown is copied',
    failed: 'Could not copy to the clipboard',
    copied: 'Copied',
    notCopied: 'Not copied',
  },
  breadcrumbs: {
    label: 'Breadcrumb',
  },
  /** The list of every category beside a category's page (CategoryNav.astro); its title is `frame.categories`. */
  categoryNav: {
    all: 'All categories',
    otherGroups: 'Other groups',
    range: (first: number, last: number) => `Categories ${first} to ${last}`,
    part: (group: string, part: number, parts: number) => `${group} (${part} of ${parts})`,
  },
  /** The table of contents beside a category's text. */
  toc: {
    title: 'On this page',
  },
  /** The links to the previous and next category (and part of the whole guide). */
  prevNext: {
    label: 'Previous and next category',
    previous: 'Previous',
    next: 'Next',
  },
  /** The facts at the head of a guide's introduction (GuideFacts.astro). */
  facts: {
    purpose: 'Purpose',
    lastUpdated: 'Last updated',
    services: 'Covered services',
  },
  /** A guide's home page, and its way into the decision helper (DecideEntry.astro). */
  home: {
    notSure: 'Not sure which you need?',
    answerQuestions: (count: number) => `Answer ${count} short ${count === 1 ? 'question' : 'questions'} for a recommendation`,
    glanceCaption: 'Key differences, category by category. Each category links to its full comparison.',
    /** After the categories' introduction: links to the first category and to the getting-started page. */
    startWith: <T>(first: T, resources: T) => ['Start with ', first, ', or go to ', resources, '.'],
    resourcesLink: 'getting-started resources',
    readOffline: <T>(wholeGuide: T) => ['To read offline, open ', wholeGuide, '.'],
    readOfflineOrPdf: <T>(wholeGuide: T, pdf: T) => ['To read offline, open ', wholeGuide, ' or download ', pdf, '.'],
    wholeGuideLink: 'the whole guide on one page',
    pdfLink: 'the guide as a PDF',
  },
  /** The at-a-glance table, and a large guide's groups of categories with a table each. */
  glance: {
    category: 'Category',
    groupSummary: (count: number, first: string, last: string) => `${count} ${count === 1 ? 'category' : 'categories'}, from ${first} to ${last}`,
    groupDescription: (guide: string, group: string) => `${guide}: ${group}, at a glance.`,
    groupCaption: (group: string, count: number) =>
      `${group}: ${count} ${count === 1 ? 'category' : 'categories'}. ${count === 1 ? 'It links' : 'Each links'} to its full comparison.`,
    otherGroups: 'Other groups of categories',
    previousGroup: 'Previous group',
    nextGroup: 'Next group',
  },
  /** A category's page. */
  category: {
    stillDeciding: <T>(link: T) => ['Still deciding? Then ', link, ' for a recommendation.'],
    decideLink: 'answer a few questions',
  },
  /** The decision helper and its table of rules. */
  decide: {
    questions: 'Questions',
    seeRecommendation: 'See the recommendation',
    clearAnswers: 'Clear all answers',
    why: 'Why',
    /** The "Why" button with the number of reasons; the script writes the number. */
    whyCount: (count: string) => `Why (${count})`,
    prompt: 'Answer any of the questions to see a recommendation.',
    noScript: 'Recommendations are worked out in your browser, which needs JavaScript. The table below lists every rule.',
    rulesCaption: 'Every rule the recommendation follows. A rule applies when all of its needs are among your answers.',
    ifYouNeed: 'If you need',
    use: 'Use',
    because: 'Because',
    see: 'See',
    /** One need of a rule: any of these answers; every need after the first is joined with "and". */
    need: (answers: string[], first: boolean) => `${first ? '' : 'and '}${answers.join(' or ')}`,
    recommend: (services: string[]) => services.join(' and '),
    adviceOnly: 'Advice only',
  },
  /** Getting-started resources (ResourceList.astro). */
  resources: {
    guide: 'Guide',
    tutorial: 'Tutorial',
    readGuide: 'Read this guide',
    startTutorial: 'Start this tutorial',
    /** Said to screen readers after the link's text, with its leading space. */
    about: (title: string) => ` about “${title}”`,
  },
  /** The document history page. */
  history: {
    subscribe: 'Subscribe to the RSS feed',
    caption: 'Changes to this guide, newest first',
    change: 'Change',
    description: 'Description',
    date: 'Date',
  },
  /** The whole guide on one page, or in parts. */
  wholeGuide: {
    title: (guide: string) => `${guide} The whole guide on one page`,
    partTitle: (guide: string, part: number, parts: number) => `${guide} The whole guide, part ${part} of ${parts}`,
    description: (guide: string) => `${guide} from start to end, for reading offline or printing.`,
    part: (part: number, parts: number) => `The whole guide, part ${part} of ${parts}`,
    download: <T>(link: T) => [link, ' to read it offline or print it.'],
    downloadLink: 'Download the whole guide as a PDF',
    contents: 'Contents',
    partContents: (part: number) => `Contents of part ${part}`,
    glanceCaption: 'Key differences, category by category. Each category links to its section of the whole guide.',
    parts: 'Parts of the whole guide',
    partLink: (part: number) => `Part ${part}`,
  },
  /** A library's home page. */
  library: {
    byService: 'Guides by service',
    guides: 'Guides',
    featured: 'Featured',
    /** Under a guide's tagline: the services it compares (links) and its date. */
    guideMeta: <T>(services: T[], date: T) => [
      'Compares ',
      ...services.flatMap((service, index) => (index === 0 ? [service] : [index === services.length - 1 ? ' and ' : ', ', service])),
      '. Last updated ',
      date,
      '.',
    ],
    seeAlso: 'See also',
    /** Said when the reader narrows the list to one service. */
    filterStatus: (count: number, service: string) =>
      `${count} ${count === 1 ? 'guide compares' : 'guides compare'} ${service}. Choose it again to show every guide.`,
  },
  /** A library's page for one service. */
  service: {
    docs: "The service's documentation",
    comparedIn: (count: number) => `Compared in ${count} ${count === 1 ? 'guide' : 'guides'}`,
  },
  /** The search page and the header's search dialog (their words on the page; results are `searchUi`). */
  search: {
    title: 'Search the guide',
    titleLibrary: 'Search the guides',
    description: (name: string) => `Search ${name} by word, category and service.`,
    descriptionLibrary: (name: string) => `Search ${name} by word, guide and service.`,
    words: 'Words to find',
    guide: 'Guide',
    allGuides: 'All guides',
    category: 'Category',
    allCategories: 'All categories',
    service: 'Service',
    allServices: 'All services',
    submit: 'Search',
    results: 'Search results',
    noScriptGroups: "Search needs JavaScript, which is turned off in this browser. The guide's categories are listed below, by group.",
    noScriptCategories: 'Search needs JavaScript, which is turned off in this browser. Every category of the guide is listed below.',
    noScriptGuides: 'Search needs JavaScript, which is turned off in this browser. Every guide is listed below.',
    /** The header's search link, drawn as a field. */
    open: 'Search',
    onlyIn: (guide: string) => `Only in ${guide}`,
    filterGuides: 'Filter by guide or service',
    filterCategories: 'Filter by category or service',
    escToClose: 'Press Esc to close',
  },
  /** The page for an address that leads nowhere (404). */
  notFound: {
    title: 'Page not found',
    description: 'This address is not part of the guide.',
    text: 'Nothing lives at this address. The guide may have moved the page, or the link may be mistyped.',
    libraryHome: <T>(link: T) => [link, ', which lists every guide.'],
    libraryHomeLink: 'Go to the home page',
    guideHome: <T>(home: T, glance: T) => [home, ' or ', glance, '.'],
    guideHomeLink: "Go to the guide's home page",
    glanceLink: 'browse every category at a glance',
  },
  /**
   * The guide's other forms as the build writes them (src/forms): the Markdown twins, llms.txt, the PDF's
   * page footer, a moved page's stand-in, and what search indexes of the site's own pages. Labels the pages
   * show as well are read from their groups (facts, glance, library, service, wholeGuide, resources).
   */
  forms: {
    /** Closes every Markdown twin: the web page's address (a link), the guide's date and its vendor. */
    footer: <T>(page: T, date: string, vendor: string) => [
      'Web page: ',
      page,
      `. Last updated ${date}. An independent guide, not affiliated with or endorsed by ${vendor}.`,
    ],
    /** A resource's kind in a twin's getting-started line: "… (tutorial): …". */
    resourceKind: { guide: 'guide', tutorial: 'tutorial' },
    moreInGuide: 'More in this guide',
    wholeGuideLink: 'The whole guide on one page',
    wholeGuideNote: 'every section in reading order.',
    /** After the history's introduction. */
    feed: <T>(feed: T) => ['The changes are also an RSS feed: ', feed, '.'],
    questions: 'The questions',
    ruleApplies: 'A rule applies when all of its needs are among your answers.',
    /** A decision rule in the twin: each need is the answers that meet it ("If you need A or B, and C:"). */
    ruleNeeds: (needs: string[][]) => `If you need ${needs.map((answers) => answers.join(' or ')).join(', and ')}:`,
    ruleRecommends: (services: string[]) => (services.length ? `use ${services.join(' and ')}` : 'advice only'),
    ruleSee: <T>(links: T[]) => ['See ', ...links.flatMap((link, index) => (index > 0 ? [', ', link] : [link])), '.'],
    wholeGuide: 'The whole guide',
    /** The whole guide's heading, when it comes in parts. */
    wholeGuidePartTitle: (title: string, part: number, parts: number) => `${title} (part ${part} of ${parts})`,
    wholeGuideDescription: (title: string) => `${title} from start to end.`,
    wholeGuidePartDescription: (title: string, part: number, parts: number) => `${title} from start to end: part ${part} of ${parts}.`,
    /** llms.txt (llmstxt.org). Its "Optional" heading is the format's own word, and stays as it is. */
    llmsIntro: <T>(services: string[], vendor: string, fullFile: T, data: T) => [
      `An independent guide comparing ${services.join(' and ')}, not affiliated with ${vendor}. Every link below is the Markdown version of a page of the guide. The whole guide is also one file, `,
      fullFile,
      ', and its comparison is data in ',
      data,
      '.',
    ],
    llmsGuide: 'Guide',
    llmsCategories: 'Categories',
    llmsWholeFile: 'The whole guide in one file',
    llmsWholeFileNote: 'every page above, in reading order.',
    llmsData: <T>(schema: T) => ['the comparison as data (services, categories, sections, resources, history, decision rules), described by ', schema, '.'],
    llmsSchema: 'its JSON Schema',
    llmsPdf: 'The guide as a PDF',
    llmsPdfNote: 'for printing and reading offline.',
    /** A library's llms.txt and the twins of its own pages. */
    libraryIntro: <T>(fullFile: T) => [
      'Independent decision guides. Every link below is the Markdown version of a page; each guide also has its own llms.txt, llms-full.txt and guide.json in its folder. Every guide in one file: ',
      fullFile,
      '.',
    ],
    library: 'Library',
    compares: (services: string[]) => `Compares ${services.join(' and ')}.`,
    guideCount: (count: number) => `${count} ${count === 1 ? 'guide' : 'guides'}`,
    serviceDocs: 'The service\u2019s documentation',
    libraryFooter: <T>(page: T, vendors: string[]) => ['Web page: ', page, `. Independent guides, not affiliated with or endorsed by ${vendors.join(' or ')}.`],
    /** The PDF's page footer; the numbers are Chromium's placeholders. */
    pdfPage: (page: string, total: string) => `Page ${page} of ${total}`,
    /** The page left at a category's former address, for hosts that cannot redirect. */
    moved: (title: string) => `Moved: ${title}`,
    movedTo: <T>(link: T) => ['This page has moved to ', link, '.'],
    /** A decision rule as search indexes it. */
    searchRule: (services: string[]) => `Use ${services.join(' and ') || 'advice only'}`,
    /**
     * Words readers type for the site's own pages that their text may not hold, as an author gives a
     * category keywords. Only words that name what the page is for: "setup", "docs" or "new" alone are
     * also words of many topics.
     */
    searchKeywords: {
      gettingStarted: ['tutorial', 'tutorials', 'documentation', 'walkthrough', 'first steps'],
      history: ['changelog', 'revisions', 'release notes', 'last updated'],
      decide: ['recommendation', 'recommend', 'choose', 'choice', 'decision', 'decide'],
    },
  },
  /** Headings of a category's field sections (src/guide/outline.ts), by field. */
  outline: {
    summary: 'Summary',
  },
  /**
   * What search says in the browser, written by the build into each language's search/terms.json (and
   * the first three also into the page, which needs them before search loads). Plain data, since a
   * browser reads it: {name} marks where a value goes, and a message that counts has a form per plural
   * category of the language (Intl.PluralRules; `other` always).
   */
  searchUi: {
    prompt: 'Type a word to search the guide.',
    /** A filter in the address that the page does not offer; {filters}: each as name and quoted value. */
    ignoredFilter: 'Ignored an unknown filter: {filters}.',
    quote: '\u201c{text}\u201d',
    /** The last two of a list of quoted words. */
    or: '{first} or {last}',
    comma: ', ',
    /** {query}: the corrected query, in bold. */
    correction: 'Showing results for {query}',
    asTyped: 'search for {words} instead',
    unknown: 'No page mentions {words}.',
    noResults: 'No results for {query}. Try another word.',
    noResultsFiltered: 'No results for {query}. Try another word or remove a filter.',
    /** {shown}: `shown` when there are more results than the list shows, else nothing. */
    results: { one: '{count} result for {query}{shown}.', other: '{count} results for {query}{shown}.' } as Plural,
    shown: ' (showing the first {count})',
    /** Results that hold only some of the words: some words are in no page, or no page holds them all. */
    partialUnknown: {
      one: '{count} partial match for {query}{shown}: they hold the other words.',
      other: '{count} partial matches for {query}{shown}: they hold the other words.',
    } as Plural,
    partial: {
      one: '{count} partial match for {query}{shown}: no page holds all of these words.',
      other: '{count} partial matches for {query}{shown}: no page holds all of these words.',
    } as Plural,
    /** Under a partial match: the words it lacks. */
    missing: 'Does not mention {words}',
  },
  /**
   * The decision helper's headline, worked out in the browser (src/browser/decision/rules.ts), which reads
   * these from the page; the first words before any answer are `decide.prompt`.
   */
  decisionUi: {
    nothing: 'None of these answers calls for any of the services yet. Answer more questions, or read the rules below.',
    useOne: 'Use {service}.',
    useTogether: 'Use {services} together.',
    and: '{first} and {last}',
    comma: ', ',
  },
  /** Interface words compiled into guide content (plugins.ts): code blocks, links to other sites, footnotes. */
  content: {
    copyCode: 'Copy',
    copyCodeLabel: (language: string) => `Copy the ${language} code`,
    codeRegion: (language: string, number: number, firstLine: string) => `${language} code ${number}: ${firstLine}`,
    externalSite: ' (external site)',
    footnotes: 'Notes',
    footnoteBack: (reference: string) => `Back to reference ${reference}`,
    sectionLink: (section: string) => `Link to the section “${section}”`,
    tableRegion: (number: number, header: string) => `Table ${number}${header ? `: ${header}` : ''}`,
    taskDone: 'Done',
    taskNotDone: 'Not done',
  },
};

export type UiStrings = typeof en;

/** A message whose words depend on a number: one form per plural category of the language (Intl.PluralRules), `other` always. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
