/**
 * The Markdown of one guide's pages, written from the same data as the web pages (the twins, llms-full.txt
 * and the whole-guide forms ask it; twins.ts lists the pages).
 */
import type { Html, RootContent } from 'mdast';
import { guideImage } from '../components/content/guide-images.ts';
import { listItems, type ListComponent, type ListItem } from '../guide/content/components.ts';
import { plainText } from '../guide/content/inline.ts';
import { citation, filledSections, serviceName, type Block, type Category, type Fragment } from '../guide/index.ts';
import type { LanguageCode } from '../i18n/languages.ts';
import { uiStrings } from '../i18n/ui/index.ts';
import { readableDate } from '../site/dates.ts';
import type { GuideSite, Site } from '../site/model.ts';
import { wholeGuidePart } from '../site/page-paths.ts';
import { ownRoutes } from '../site/routes.ts';
import { hasCodeOrNotes, heading, shiftHeadings, link, list, paragraph, prose, strong, table, toMarkdownText, type Inline } from './markdown.ts';

/** A short field's own Markdown, written out as it is (escaping it would show its backticks). */
export const markdownAsIs = (markdown: string): Html => ({ type: 'html', value: markdown });

/** Absolute when the site's address is known; from the site's root otherwise. */
export const addressIn = (site: Site) => (path: string) => site.urls.absolute(path) ?? path;

/** Writes the Markdown of one guide's pages, in its language. Writing Markdown is most of the cost of these forms: see categoryMarkdown. */
export function guideWriter(site: Site, guideSite: GuideSite) {
  const { guide, urls } = guideSite;
  const { meta, services, categories } = guide;
  const language = guideSite.language.code as LanguageCode;
  const ui = uiStrings(language);
  const date = (value: Date) => readableDate(value, language);
  const address = addressIn(site);
  const pageUrl = (path = '') => address(urls.link(path));
  const nameOf = (id: string) => serviceName(services, id);
  /** A link in prose: "#id" is a section of the page the prose belongs to; "/x/" is written from the guide's root. */
  const resolver = (pagePath: string) => (href: string) => {
    if (href.startsWith('#')) return address(urls.link(pagePath)) + href;
    if (href.startsWith('/')) return address(urls.content(href));
    return href;
  };
  // Shifted prose shares a text with other pages' (the whole guide): its footnotes take its page's name.
  const image = (file: string) => address(guideImage(file).src);
  const fragment = (value: Fragment, pagePath: string, shift = 0) =>
    prose(value, { shift, resolve: resolver(pagePath), image, footnotePrefix: shift ? pagePath.replace(/\/$/, '').replaceAll('/', '-') || 'home' : undefined });

  const facts = () =>
    list([
      [strong(`${ui.facts.purpose}:`), ` ${meta.purpose}`],
      [strong(`${ui.facts.lastUpdated}:`), ` ${date(meta.lastUpdated)}`],
      [strong(`${ui.facts.services}:`), ` ${services.map((service) => service.name).join(', ')}`],
    ]);

  /** A list component's items (guide/content/components.ts) as a Markdown list. */
  const listComponent = (name: ListComponent): RootContent => {
    const title = (item: ListItem) => strong(item.href ? link(item.href, item.name) : item.name);
    return list(
      listItems(name, meta).map((item) =>
        item.details ? [paragraph(title(item), `: ${item.text}`), list(item.details.map((detail) => [detail]))] : [title(item), `: ${item.text}`],
      ),
    );
  };

  const introduction = (blocks: Block[], shift: number): RootContent[] =>
    blocks.flatMap((block): RootContent[] => {
      if (block.kind === 'prose') return fragment(block.fragment, ownRoutes.home, shift);
      if (block.kind === 'component') return [listComponent(block.name)];
      return [];
    });

  const glanceTable = (linkTo: (category: Category) => string) =>
    table(
      [[ui.glance.category], ...services.map((service) => [service.shortName])],
      categories.map((category) => [[link(linkTo(category), category.title)], ...services.map((service) => [markdownAsIs(category.glance[service.id] ?? '')])]),
    );

  const glanceLines = (category: Category) =>
    list(services.map((service) => [strong(`${service.name}:`), ' ', markdownAsIs(category.glance[service.id] ?? '')]));

  /**
   * Each stretch of prose is written as Markdown once, its links resolved for its own page; the whole guide
   * takes it a heading level lower by renumbering its headings in the text, which is exact when every
   * heading is a top-level line and nothing is a code block (else it is written again from the tree).
   */
  const proseText = new Map<Fragment, { text: string; renumberable: boolean }>();
  const proseAt = (value: Fragment, pagePath: string, shift: number): string => {
    let known = proseText.get(value);
    if (!known) {
      const renumberable = !hasCodeOrNotes(value.mdast) && value.headings.length === value.mdast.children.filter((node) => node.type === 'heading').length;
      proseText.set(value, (known = { text: toMarkdownText(fragment(value, pagePath)).trimEnd(), renumberable }));
    }
    if (shift === 0) return known.text;
    if (!known.renumberable) return toMarkdownText(fragment(value, pagePath, shift)).trimEnd();
    return shiftHeadings(known.text, shift);
  };
  /** Heading text, escaped as Markdown needs (a service may be called "Alpha & <Sons>"). */
  const headingText = new Map<string, string>();
  const headingAt = (depth: number, text: string) => {
    let escaped = headingText.get(text);
    if (escaped === undefined)
      headingText.set(
        text,
        (escaped = toMarkdownText([heading(1, text)])
          .trim()
          .replace(/^# /, '')),
      );
    return `${'#'.repeat(Math.min(6, depth))} ${escaped}`;
  };
  const categoryGlance = new Map<Category, string>();

  /**
   * A category's Markdown with its sections at `depth`: the glance lines, then its prose and one heading per
   * service with its side, then its field sections (the summary). Put together from pieces written once, so its own page, the
   * whole guide, llms-full.txt and guide.json share the work.
   */
  const categoryMarkdown = (category: Category, depth: number): Html => {
    const path = `${category.slug}/`;
    const shift = depth - 2;
    let glance = categoryGlance.get(category);
    if (glance === undefined) {
      // Its own bullet, so prose that opens with a list never runs into it.
      glance = toMarkdownText([paragraph(strong(ui.sections.glance)), glanceLines(category)], { bullet: '*' }).trimEnd();
      categoryGlance.set(category, glance);
    }
    const body = category.body.flatMap((block): string[] => {
      if (block.kind === 'prose') return [proseAt(block.fragment, path, shift)];
      if (block.kind === 'comparison') return block.sides.flatMap((side) => [headingAt(depth, nameOf(side.service)), proseAt(side.fragment, path, shift)]);
      if (block.kind === 'component') return [toMarkdownText([listComponent(block.name)]).trimEnd()];
      return [];
    });
    const fields = filledSections(category, language).flatMap(({ section, markdown }) => [headingAt(depth, section.text), markdown]);
    // An "html" node is written out verbatim: here it carries Markdown, not HTML.
    return { type: 'html', value: [glance, ...body, ...fields].join('\n\n') };
  };

  const resources = (depth: number): RootContent[] =>
    guideSite.resources.flatMap(({ service, entries }) => [
      heading(depth, service.name),
      list(entries.map((entry) => [link(entry.url, entry.title), ` (${ui.forms.resourceKind[entry.kind]}): ${entry.description}`])),
    ]);

  const historyList = () => list(guide.history.map((entry) => [strong(date(entry.date)), `: ${entry.change}. ${entry.description}`]));

  /** The footer written once with a stand-in address, then given each page's (a path of plain slug characters). */
  let footerTemplate: string | undefined;
  const footerText = (pagePath: string): string => {
    const standIn = 'guidepost-page-address/';
    footerTemplate ??= toMarkdownText(footer(standIn));
    return footerTemplate.replaceAll(standIn, pagePath);
  };

  function footer(pagePath: string): RootContent[] {
    return [
      { type: 'thematicBreak' },
      paragraph(...ui.forms.footer(link(address(site.urls.link(pagePath)), address(site.urls.link(pagePath))), date(meta.lastUpdated), meta.vendor)),
    ];
  }

  /** What opens the guide, on its home and atop the whole guide: tagline, facts, introduction, the table. */
  const opening = (introductionShift: number): RootContent[] => [
    paragraph(meta.tagline),
    facts(),
    heading(2, ui.sections.introduction),
    ...introduction(guide.introduction, introductionShift),
    heading(2, ui.sections.glance),
    paragraph(meta.glanceIntro),
    glanceTable((category) => pageUrl(`${category.slug}/`)),
    paragraph(meta.categoriesIntro),
  ];

  return {
    prose: (value: Fragment, pagePath: string) => proseAt(value, pagePath, 0),

    // Each line's text was compiled with the guide; a service's short name is plain text already.
    glanceSentence: (category: Category) => services.map((service) => `${service.shortName}: ${plainText(category.glance[service.id] ?? '')}.`).join(' '),

    home: (): RootContent[] => [
      heading(1, meta.title),
      ...opening(0),
      heading(2, ui.forms.moreInGuide),
      list([
        [link(pageUrl(ownRoutes.gettingStarted), ui.sections.gettingStarted), `: ${meta.gettingStartedIntro}`],
        [link(pageUrl(ownRoutes.history), ui.sections.history), `: ${meta.historyIntro}`],
        ...(guide.decision ? [[link(pageUrl(ownRoutes.decide), guide.decision.title), `: ${guide.decision.intro}`]] : []),
        [link(pageUrl(ownRoutes.wholeGuide), ui.forms.wholeGuideLink), `: ${ui.forms.wholeGuideNote}`],
      ]),
    ],

    /** A category's own twin, put together from text: the most numerous page of a guide, so the cheapest. */
    categoryPage: (category: Category, pagePath: string): string =>
      `${headingAt(1, category.title)}\n\n${categoryMarkdown(category, 2).value}\n\n${footerText(pagePath)}`,

    gettingStarted: (): RootContent[] => [heading(1, ui.sections.gettingStarted), paragraph(meta.gettingStartedIntro), ...resources(2)],

    history: (): RootContent[] => [
      heading(1, ui.sections.history),
      paragraph(meta.historyIntro, ' ', ...ui.forms.feed(link(pageUrl(ownRoutes.feed), pageUrl(ownRoutes.feed)))),
      historyList(),
    ],

    decide: (): RootContent[] => {
      const decision = guide.decision!;
      const label = (question: string, answer: string) =>
        decision.questions.find((entry) => entry.id === question)?.answers.find((entry) => entry.id === answer)?.label ?? answer;
      const cite = (reference: string) => {
        const { slug, section, name } = citation(reference, categories, services, language);
        return link(address(section ? urls.section(slug, section) : urls.category(slug)), name);
      };
      return [
        heading(1, decision.title),
        paragraph(decision.intro),
        heading(2, ui.forms.questions),
        list(decision.questions.map((question) => [paragraph(question.text), list(question.answers.map((answer) => [answer.label]))])),
        heading(2, ui.sections.rules),
        paragraph(ui.forms.ruleApplies),
        list(
          decision.rules.map((rule): Inline[] => {
            const needs = Object.entries(rule.when).map(([question, answers]) => answers.map((answer) => label(question, answer)));
            const use = ui.forms.ruleRecommends(rule.recommend.map(nameOf));
            return [strong(ui.forms.ruleNeeds(needs)), ` ${use}. `, markdownAsIs(rule.because), ' ', ...ui.forms.ruleSee(rule.cites.map(cite))];
          }),
        ),
      ];
    },

    /** The whole guide, or one part of it (see categoriesPerPart). */
    wholeGuide: (part?: number): RootContent[] => {
      const parts = part === undefined ? 1 : guideSite.wholeGuideParts;
      const first = part === undefined || part === 1;
      const last = part === undefined || part === parts;
      const inPart = part === undefined ? categories : categories.filter((_, index) => wholeGuidePart(index) === part);
      return [
        heading(1, parts > 1 ? ui.forms.wholeGuidePartTitle(meta.title, part!, parts) : meta.title),
        ...(first ? opening(1) : []),
        ...inPart.flatMap((category) => [heading(2, category.title), categoryMarkdown(category, 3)]),
        ...(last
          ? [
              heading(2, ui.sections.gettingStarted),
              paragraph(meta.gettingStartedIntro),
              ...resources(3),
              heading(2, ui.sections.history),
              paragraph(meta.historyIntro),
              historyList(),
            ]
          : []),
      ];
    },

    /** Closes every twin: where the web page is, and that the guide is independent. */
    footer: (pagePath: string): RootContent[] => footer(pagePath),
  };
}
