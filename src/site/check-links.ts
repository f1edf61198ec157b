import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, closest, fragmentsOf, listOf, type Fragment } from '../guide/index.ts';
import { schemeOf } from '../guide/content/policy.ts';
import type { GuideSite, Site } from './model.ts';
import { layoutIds, ownRoutes } from './routes.ts';

/**
 * Every link written in content must lead somewhere: a page of the site (and, with #id, one of its
 * sections), or a file of public/. Links are written from the guide's root (or, to another guide of a
 * library, from the site's: /<other-guide>/…), so they stay right wherever the prose appears.
 */
export function checkContentLinks(site: Site, projectRoot: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const guideSite of site.guides) {
    const { guide } = guideSite;
    const sources: { file: string; path: string | undefined; fragment: Fragment; page: string }[] = [
      ...guide.introduction.flatMap((block) =>
        fragmentsOf(block).map((fragment) => ({ file: guide.files.introduction, path: undefined, fragment, page: ownRoutes.home })),
      ),
      ...guide.categories.flatMap((category) =>
        category.body.flatMap((block) =>
          fragmentsOf(block).map((fragment) => ({ file: category.file, path: category.path, fragment, page: `${category.slug}/` })),
        ),
      ),
    ];
    for (const { file, path, fragment, page } of sources) {
      for (const link of fragment.links) {
        const problem = linkProblem(link.href, page, guideSite, site, projectRoot);
        if (problem)
          errors.push(new ContentError({ file, line: link.line, column: link.column }, 'link', `"${link.href}" ${problem.problem}`, problem.expected, path));
      }
    }
  }
  return errors;
}

function linkProblem(href: string, page: string, guideSite: GuideSite, site: Site, projectRoot: string): { problem: string; expected: string } | undefined {
  if (schemeOf(href)) return undefined;
  // Examples from the author's own guide, never another's.
  const example = guideSite.guide.categories[0];
  const examplePage = example ? `/${example.slug}/` : '/a-category/';
  const exampleSection = example?.sides[0] ? `${examplePage}#${example.sides[0].service}` : examplePage;
  const [pathPart = '', fragment] = href.split('#') as [string, string | undefined];
  if (pathPart && !pathPart.startsWith('/'))
    return {
      problem: 'is a relative address, which would change meaning on the whole-guide page',
      expected: `a link written from the site root, such as "${exampleSection}"`,
    };
  let path: string;
  try {
    // The address under the base path, as the link will be written out.
    path = decodeURI((pathPart ? guideSite.urls.content(pathPart) : guideSite.urls.link(page)).slice(site.urls.base.length));
  } catch {
    return { problem: 'has a malformed %-escape', expected: 'plain characters or %20-style escapes' };
  }
  const ids = site.anchors.get(path);
  if (!ids) {
    if (!fragment && existsSync(join(projectRoot, 'public', path))) return undefined;
    const suggestion = closest(path, [...site.anchors.keys()]);
    return {
      problem: `leads to no page of the site${suggestion !== undefined ? ` (did you mean "/${suggestion}"?)` : ''}`,
      expected: `the address of an existing page, ending in "/", such as "${examplePage}", or a file of public/`,
    };
  }
  if (fragment === undefined || fragment === '') return undefined;
  if (ids.has(fragment)) return undefined;
  const sections = [...ids].filter((id) => !(layoutIds as readonly string[]).includes(id));
  const suggestion = closest(fragment, sections);
  return {
    problem: `names a section /${path} does not have${suggestion ? ` (did you mean "#${suggestion}"?)` : ''}`,
    expected: `one of its section ids: ${listOf(sections.slice(0, 12))}${sections.length > 12 ? ', …' : ''}`,
  };
}
