import { escapeAttribute, escapeUTF8 } from 'entities';
import type { Category } from '../../guide/index.ts';
import type { GuideSite } from '../../site/model.ts';
import { glanceGroupPath } from '../../site/page-paths.ts';
import type { CategoryGroup } from '../../site/navigation.ts';
import { untranslated, type Language } from '../../site/languages.ts';
import { uiStrings } from '../../i18n/ui/index.ts';
import type { LanguageCode } from '../../i18n/languages.ts';

/**
 * A title, marked with its language when it is not the page's: the link keeps the page's direction (its
 * place in the list), the title inside it reads in its own.
 */
const titleHtml = (title: string, language: Language | undefined) =>
  language ? `<span lang="${language.code}" dir="${language.dir}">${escapeUTF8(title)}</span>` : escapeUTF8(title);

/**
 * The categories of a guide as links, the current one marked: every group in a small guide; in a large one
 * the current group, and a link to each other group's page (see src/site/navigation.ts). Every category page
 * shows this list, so it is written once per group and only the mark is added per page: at a thousand
 * categories that is the difference between half a second of rendering and none.
 */
export function categoryListHtml(guideSite: GuideSite, current: Category, idPrefix = 'nav'): string {
  const { groups, listsAll, groupOf } = guideSite.navigation;
  const currentGroup = groupOf.get(current.slug);
  const expanded = groups.filter((group) => listsAll || group === currentGroup);
  const lists = expanded.map((group) => groupHtml(guideSite, group, idPrefix)).join('');
  const others = listsAll ? '' : otherGroupsHtml(guideSite, currentGroup, idPrefix);
  const href = escapeAttribute(guideSite.urls.category(current.slug));
  return (lists + others).replace(`<a href="${href}">`, `<a href="${href}" aria-current="page">`);
}

const written = new WeakMap<CategoryGroup, Map<string, string>>();

function groupHtml(guideSite: GuideSite, group: CategoryGroup, idPrefix: string): string {
  const byPrefix = written.get(group) ?? new Map<string, string>();
  written.set(group, byPrefix);
  const known = byPrefix.get(idPrefix);
  if (known !== undefined) return known;
  const id = `${idPrefix}-${group.slug}`;
  const title = group.title ? `<p class="nav-group-title" id="${escapeAttribute(id)}">${escapeUTF8(group.title)}</p>` : '';
  const items = group.categories
    .map(
      (category) =>
        `<li><a href="${escapeAttribute(guideSite.urls.category(category.slug))}">${titleHtml(category.title, untranslated(guideSite, category))}</a></li>`,
    )
    .join('');
  const html = `<div class="nav-group">${title}<ol${group.title ? ` aria-labelledby="${escapeAttribute(id)}"` : ''}>${items}</ol></div>`;
  byPrefix.set(idPrefix, html);
  return html;
}

function otherGroupsHtml(guideSite: GuideSite, currentGroup: CategoryGroup | undefined, idPrefix: string): string {
  const others = guideSite.navigation.groups.filter((group) => group !== currentGroup);
  if (!others.length) return '';
  const id = `${idPrefix}-other-groups`;
  const items = others
    .map(
      (group) =>
        `<li><a href="${escapeAttribute(guideSite.urls.link(glanceGroupPath(group.slug)))}">${escapeUTF8(group.title ?? group.slug)}</a> <span class="count">(${group.categories.length})</span></li>`,
    )
    .join('');
  const label = uiStrings(guideSite.language.code as LanguageCode).categoryNav.otherGroups;
  return `<div class="nav-group"><p class="nav-group-title" id="${id}">${escapeUTF8(label)}</p><ul aria-labelledby="${id}">${items}</ul></div>`;
}
